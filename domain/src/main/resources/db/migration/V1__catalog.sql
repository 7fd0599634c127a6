-- Producers, products, certificates, users and the outbox that feeds the search index.
CREATE TABLE producer (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  slug          VARCHAR(120) NOT NULL,
  name          VARCHAR(200) NOT NULL,
  type          VARCHAR(30)  NOT NULL,
  province      VARCHAR(60)  NOT NULL,
  former_province VARCHAR(60) NULL,
  commune       VARCHAR(120) NULL,
  story         TEXT         NULL,
  story_en      TEXT         NULL,
  bank_name     VARCHAR(80)  NULL,
  bank_bin      VARCHAR(10)  NULL,
  bank_account  VARCHAR(30)  NULL,
  created_at    DATETIME     NOT NULL,
  CONSTRAINT uq_producer_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE product (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  producer_id   BIGINT       NOT NULL,
  code          VARCHAR(40)  NOT NULL,
  slug          VARCHAR(160) NOT NULL,
  name          VARCHAR(200) NOT NULL,
  name_en       VARCHAR(200) NULL,
  product_group VARCHAR(20)  NOT NULL,
  unit          VARCHAR(60)  NULL,
  weight_grams  INT          NOT NULL DEFAULT 0,
  price_vnd     BIGINT       NOT NULL,
  stock         INT          NOT NULL DEFAULT 0,
  description   TEXT         NULL,
  description_en TEXT        NULL,
  raw_material_origin TEXT   NULL,
  current_certificate_id BIGINT NULL,
  created_at    DATETIME     NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_product_code UNIQUE (code),
  CONSTRAINT uq_product_slug UNIQUE (slug),
  CONSTRAINT fk_product_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT ck_product_stock CHECK (stock >= 0),
  CONSTRAINT ck_product_price CHECK (price_vnd >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE certificate (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  product_id         BIGINT       NOT NULL,
  certificate_number VARCHAR(60)  NOT NULL,
  score              INT          NOT NULL,
  stars              INT          NOT NULL,
  council_level      VARCHAR(20)  NOT NULL,
  decision_number    VARCHAR(60)  NOT NULL,
  decision_date      DATE         NOT NULL,
  issued_by          VARCHAR(200) NOT NULL,
  valid_until        DATETIME     NOT NULL,
  revoked            BOOLEAN      NOT NULL DEFAULT FALSE,
  revoked_reason     VARCHAR(500) NULL,
  revoked_at         DATETIME     NULL,
  recorded_by        VARCHAR(120) NULL,
  created_at         DATETIME     NOT NULL,
  CONSTRAINT uq_certificate_number UNIQUE (certificate_number),
  CONSTRAINT fk_certificate_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT ck_certificate_score CHECK (score BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_certificate_valid_until ON certificate (valid_until);
CREATE INDEX ix_certificate_product ON certificate (product_id);

ALTER TABLE product ADD CONSTRAINT fk_product_certificate
  FOREIGN KEY (current_certificate_id) REFERENCES certificate (id);

CREATE TABLE app_user (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  email         VARCHAR(160) NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  display_name  VARCHAR(160) NOT NULL,
  role          VARCHAR(20)  NOT NULL,
  producer_id   BIGINT       NULL,
  created_at    DATETIME     NOT NULL,
  CONSTRAINT uq_user_email UNIQUE (email),
  CONSTRAINT fk_user_producer FOREIGN KEY (producer_id) REFERENCES producer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Written in the same transaction as every catalog or certificate change; drained in id order.
CREATE TABLE outbox (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  aggregate     VARCHAR(30)  NOT NULL,
  aggregate_id  BIGINT       NOT NULL,
  event         VARCHAR(60)  NOT NULL,
  created_at    DATETIME     NOT NULL,
  processed_at  DATETIME     NULL,
  attempts      INT          NOT NULL DEFAULT 0,
  last_error    VARCHAR(500) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_pending ON outbox (processed_at, id);
