-- Leases that let exactly one instance run a scheduled job or drain the outbox at a time.
-- A lease that is not renewed runs out, so work resumes elsewhere when an instance dies.
CREATE TABLE job_lock (
  name          VARCHAR(60)  NOT NULL PRIMARY KEY,
  owner         VARCHAR(120) NULL,
  locked_until  DATETIME     NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
