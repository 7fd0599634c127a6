-- Accounts can be disabled; credentials_version is copied into each session at sign-in and
-- compared on every navigation, so a password change or reset (which bumps it) ends every session.
-- Argon2id hashes are longer than the bcrypt ones this column was sized for.
ALTER TABLE app_user
  ADD COLUMN state               VARCHAR(12)  NOT NULL DEFAULT 'ACTIVE',
  ADD COLUMN credentials_version INT          NOT NULL DEFAULT 0,
  ADD COLUMN updated_at          DATETIME     NULL,
  MODIFY password_hash VARCHAR(255) NOT NULL;
CREATE INDEX ix_user_role_state ON app_user (role, state, id);

-- An invitation to the console: only the SHA-256 of the e-mailed token is stored.
CREATE TABLE invitation (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  token_hash   CHAR(64)     NOT NULL,
  email        VARCHAR(160) NOT NULL,
  role         VARCHAR(20)  NOT NULL,
  producer_id  BIGINT       NULL,
  invited_by   VARCHAR(160) NOT NULL,
  created_at   DATETIME     NOT NULL,
  expires_at   DATETIME     NOT NULL,
  accepted_at  DATETIME     NULL,
  user_id      BIGINT       NULL,
  CONSTRAINT uq_invitation_token UNIQUE (token_hash),
  CONSTRAINT fk_invitation_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT fk_invitation_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  INDEX ix_invitation_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A "forgot password" request (purpose RESET, 30 minutes) or a shopper's registration waiting for
-- its e-mail to be confirmed (CONFIRM): single use, stored as the SHA-256 of the e-mailed token.
CREATE TABLE password_reset (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id     BIGINT   NOT NULL,
  purpose     VARCHAR(12) NOT NULL DEFAULT 'RESET',
  token_hash  CHAR(64) NOT NULL,
  created_at  DATETIME NOT NULL,
  expires_at  DATETIME NOT NULL,
  used_at     DATETIME NULL,
  CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
  CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  INDEX ix_password_reset_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- E-mails about accounts (invitations, resets, registration attempts): queued in the transaction
-- that creates them, sent once afterwards, like order e-mails.
CREATE TABLE account_mail (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind        VARCHAR(20)  NOT NULL,
  recipient   VARCHAR(160) NOT NULL,
  subject     VARCHAR(200) NOT NULL,
  body        TEXT         NOT NULL,
  created_at  DATETIME     NOT NULL,
  sent_at     DATETIME     NULL,
  attempts    INT          NOT NULL DEFAULT 0,
  last_error  VARCHAR(500) NULL,
  INDEX ix_account_mail_pending (sent_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
