-- Replays are kept for a configured number of days (90): then a scheduled job deletes the recording
-- files, clears live_event.recording and stamps when the replay was taken down, so the replay page
-- says it has expired instead of showing a player without a file.
ALTER TABLE live_event ADD COLUMN replay_expired_at DATETIME(6) NULL;

CREATE INDEX ix_live_event_status_ended ON live_event (status, ended_at, id);
