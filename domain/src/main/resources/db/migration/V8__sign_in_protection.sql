-- Failed sign-ins, one row each, kept for the console's "recent failures" list. The throttle counts
-- the rows of the last 15 minutes not yet cleared (a success clears the account's rows).
CREATE TABLE login_failure (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at        DATETIME(3)  NOT NULL,
  account   VARCHAR(160) NOT NULL,
  address   VARCHAR(64)  NOT NULL,
  step      VARCHAR(20)  NOT NULL,
  cleared   BOOLEAN      NOT NULL DEFAULT FALSE,
  KEY login_failure_account (account, at),
  KEY login_failure_address (address, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Temporary locks of an account ("account:<e-mail>") or a client address ("address:<ip>").
CREATE TABLE login_lock (
  subject       VARCHAR(200) NOT NULL PRIMARY KEY,
  locked_at     DATETIME(3)  NOT NULL,
  locked_until  DATETIME(3)  NOT NULL,
  failures      INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One sign-in check at a time per account: an attempt marks the account busy while its password is
-- checked, so concurrent guesses cannot all slip past the wait before the first failure is counted.
CREATE TABLE login_gate (
  subject     VARCHAR(200) NOT NULL PRIMARY KEY,
  busy_until  DATETIME(3)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A staff member's TOTP secret, encrypted (AES-GCM); active once confirmed. last_step is the last
-- 30-second step whose code was accepted, so no code is accepted twice.
CREATE TABLE totp_credential (
  user_id       BIGINT        NOT NULL PRIMARY KEY,
  secret_enc    VARBINARY(128) NOT NULL,
  confirmed_at  DATETIME(3)   NULL,
  last_step     BIGINT        NULL,
  created_at    DATETIME(3)   NOT NULL,
  CONSTRAINT totp_credential_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Single-use recovery codes, stored as SHA-256 hashes (the codes carry 80 random bits).
CREATE TABLE totp_recovery_code (
  id         BIGINT    NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id    BIGINT    NOT NULL,
  code_hash  CHAR(64)  NOT NULL,
  used_at    DATETIME(3) NULL,
  KEY totp_recovery_code_user (user_id),
  CONSTRAINT totp_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Provincial systems calling the admin API: a client id, a SHA-256 hash of its 32-byte random
-- secret, and the scopes it holds (space separated).
CREATE TABLE api_client (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id    VARCHAR(40)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  scopes       VARCHAR(200) NOT NULL,
  secret_hash  CHAR(64)     NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  created_by   VARCHAR(160) NOT NULL,
  rotated_at   DATETIME(3)  NULL,
  revoked_at   DATETIME(3)  NULL,
  last_used_at DATETIME(3)  NULL,
  UNIQUE KEY api_client_client_id (client_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
