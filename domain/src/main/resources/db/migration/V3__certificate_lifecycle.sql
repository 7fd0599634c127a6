-- Certificate lifecycle: replacement history, expiry processing, revocation reference,
-- producer notices (in-app and e-mail), the audit trail, and shopping carts.
ALTER TABLE certificate ADD COLUMN superseded_by BIGINT NULL;
ALTER TABLE certificate ADD COLUMN expired_at DATETIME NULL;
ALTER TABLE certificate ADD COLUMN revoked_reference VARCHAR(120) NULL;
ALTER TABLE certificate ADD COLUMN revoked_by VARCHAR(120) NULL;
CREATE INDEX ix_certificate_expiry_pending ON certificate (expired_at, valid_until);

ALTER TABLE producer ADD COLUMN email VARCHAR(160) NULL;

CREATE TABLE notice (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  producer_id    BIGINT       NOT NULL,
  certificate_id BIGINT       NOT NULL,
  kind           VARCHAR(20)  NOT NULL,
  title          VARCHAR(300) NOT NULL,
  body           TEXT         NOT NULL,
  created_at     DATETIME     NOT NULL,
  read_at        DATETIME     NULL,
  email_to       VARCHAR(160) NULL,
  emailed_at     DATETIME     NULL,
  email_attempts INT          NOT NULL DEFAULT 0,
  email_error    VARCHAR(500) NULL,
  -- Each notice exists once per certificate, whichever instance creates it first.
  CONSTRAINT uq_notice_once UNIQUE (certificate_id, kind),
  CONSTRAINT fk_notice_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT fk_notice_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_notice_mail_pending ON notice (emailed_at, id);

CREATE TABLE audit_event (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  at             DATETIME     NOT NULL,
  actor          VARCHAR(120) NOT NULL,
  action         VARCHAR(30)  NOT NULL,
  certificate_id BIGINT       NULL,
  product_id     BIGINT       NULL,
  detail         VARCHAR(1000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_certificate ON audit_event (certificate_id, id);
CREATE INDEX ix_audit_product ON audit_event (product_id, id);

CREATE TABLE cart (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  token       VARCHAR(64) NOT NULL,
  user_id     BIGINT      NULL,
  created_at  DATETIME    NOT NULL,
  updated_at  DATETIME    NOT NULL,
  CONSTRAINT uq_cart_token UNIQUE (token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cart_line (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  cart_id     BIGINT   NOT NULL,
  product_id  BIGINT   NOT NULL,
  quantity    INT      NOT NULL,
  added_at    DATETIME NOT NULL,
  CONSTRAINT uq_cart_line UNIQUE (cart_id, product_id),
  CONSTRAINT fk_cart_line_cart FOREIGN KEY (cart_id) REFERENCES cart (id),
  CONSTRAINT fk_cart_line_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT ck_cart_line_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
