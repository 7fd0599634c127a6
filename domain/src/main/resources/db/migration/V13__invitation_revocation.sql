-- An invitation an admin took back: its link stops working at once, and the console no longer
-- lists it as pending. Sending it again replaces token_hash, so the older link stops working too.
ALTER TABLE invitation ADD COLUMN revoked_at DATETIME NULL;
CREATE INDEX ix_invitation_pending ON invitation (accepted_at, revoked_at, expires_at);
