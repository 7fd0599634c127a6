-- Who recorded, revoked or changed something is an account e-mail, which may be 160 characters.
ALTER TABLE certificate MODIFY recorded_by VARCHAR(160) NULL;
ALTER TABLE certificate MODIFY revoked_by VARCHAR(160) NULL;
ALTER TABLE audit_event MODIFY actor VARCHAR(160) NOT NULL;
