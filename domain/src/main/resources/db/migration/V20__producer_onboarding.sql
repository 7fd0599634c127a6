-- Producers join by themselves: an application waits for an officer (PENDING), who approves or
-- rejects it with a reason. Producers registered before (by officers or the API) are APPROVED.
-- The business registration number (mã số doanh nghiệp / HTX) is 10 or 13 digits and unique.
ALTER TABLE producer
  ADD COLUMN status              VARCHAR(12)   NOT NULL DEFAULT 'APPROVED',
  ADD COLUMN registration_number VARCHAR(13)   NULL,
  ADD COLUMN contact_name        VARCHAR(120)  NULL,
  ADD COLUMN phone               VARCHAR(20)   NULL,
  ADD COLUMN address             VARCHAR(255)  NULL,
  ADD COLUMN rejection_reason    VARCHAR(1000) NULL,
  ADD COLUMN reviewed_by         VARCHAR(160)  NULL,
  ADD COLUMN reviewed_at         DATETIME      NULL,
  ADD COLUMN video_url           VARCHAR(300)  NULL,
  ADD CONSTRAINT uq_producer_registration_number UNIQUE (registration_number);
CREATE INDEX ix_producer_status ON producer (status, created_at, id);

-- A producer's team: users a producer's owner invited are its staff; every other producer user
-- (the one who registered it, or one a platform admin added) is an owner and manages the team.
ALTER TABLE app_user ADD COLUMN producer_staff BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE invitation ADD COLUMN staff BOOLEAN NOT NULL DEFAULT FALSE;
