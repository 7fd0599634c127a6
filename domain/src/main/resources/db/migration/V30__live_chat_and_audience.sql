-- Live chat: slow mode and a version the storefront's chat feed polls (bumped on every message,
-- approval or deletion, so every app instance sees chat changes without reading the messages).
ALTER TABLE live_event ADD COLUMN chat_slow_mode_seconds INT NOT NULL DEFAULT 0;
ALTER TABLE live_event ADD COLUMN chat_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE live_event ADD CONSTRAINT ck_live_event_slow_mode CHECK (chat_slow_mode_seconds BETWEEN 0 AND 300);

-- A chat message: VISIBLE to everyone, HELD (a link or a phone number) for its author and the
-- moderators until approved, or DELETED by a moderator (kept for the record, shown to nobody).
CREATE TABLE live_chat_message (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id        BIGINT       NOT NULL,
  user_id         BIGINT       NOT NULL,
  author_name     VARCHAR(160) NOT NULL,
  body            VARCHAR(300) NOT NULL,
  status          VARCHAR(8)   NOT NULL,
  held_reason     VARCHAR(8)   NULL,
  created_at      DATETIME(3)  NOT NULL,
  moderated_by    VARCHAR(160) NULL,
  moderated_at    DATETIME(3)  NULL,
  CONSTRAINT fk_live_chat_event FOREIGN KEY (event_id) REFERENCES live_event (id),
  CONSTRAINT fk_live_chat_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT ck_live_chat_status CHECK (status IN ('VISIBLE', 'HELD', 'DELETED')),
  INDEX ix_live_chat_event (event_id, id),
  INDEX ix_live_chat_author (event_id, user_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A shopper muted in one event's chat.
CREATE TABLE live_mute (
  event_id        BIGINT       NOT NULL,
  user_id         BIGINT       NOT NULL,
  muted_by        VARCHAR(160) NOT NULL,
  muted_at        DATETIME(3)  NOT NULL,
  PRIMARY KEY (event_id, user_id),
  CONSTRAINT fk_live_mute_event FOREIGN KEY (event_id) REFERENCES live_event (id),
  CONSTRAINT fk_live_mute_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One watching session of one viewer (a browser tab), whichever app instance serves it: open while
-- heartbeats arrive (left_at null and last_seen_at recent), so counting viewers is one query for all
-- instances; watch time is the sum of the sessions' lengths.
CREATE TABLE live_view (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id        BIGINT       NOT NULL,
  viewer_key      VARCHAR(64)  NOT NULL,
  instance_id     VARCHAR(64)  NOT NULL,
  started_at      DATETIME(3)  NOT NULL,
  last_seen_at    DATETIME(3)  NOT NULL,
  left_at         DATETIME(3)  NULL,
  CONSTRAINT fk_live_view_event FOREIGN KEY (event_id) REFERENCES live_event (id),
  CONSTRAINT uq_live_view_key UNIQUE (event_id, viewer_key),
  INDEX ix_live_view_open (event_id, left_at, last_seen_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The viewer count of each minute of an event (the highest seen in that minute), for peak and average.
CREATE TABLE live_viewer_sample (
  event_id        BIGINT       NOT NULL,
  minute          DATETIME     NOT NULL,
  viewers         INT          NOT NULL,
  PRIMARY KEY (event_id, minute),
  CONSTRAINT fk_live_sample_event FOREIGN KEY (event_id) REFERENCES live_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
