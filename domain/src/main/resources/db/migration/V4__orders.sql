-- Buying: one checkout per visit, split into one order per producer, with stock reserved in the
-- order transaction, each order's status history, payment events applied once, e-mails queued.

CREATE TABLE checkout (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  token           VARCHAR(48)  NOT NULL,
  request_key     VARCHAR(64)  NOT NULL,
  user_id         BIGINT       NULL,
  contact_name    VARCHAR(120) NOT NULL,
  email           VARCHAR(160) NOT NULL,
  phone           VARCHAR(20)  NOT NULL,
  province_code   VARCHAR(10)  NULL,
  province_name   VARCHAR(80)  NOT NULL,
  commune_code    VARCHAR(10)  NULL,
  commune_name    VARCHAR(120) NOT NULL,
  street          VARCHAR(255) NOT NULL,
  note            VARCHAR(500) NULL,
  payment_method  VARCHAR(10)  NOT NULL,
  payment_status  VARCHAR(12)  NOT NULL,
  payment_reference VARCHAR(80) NULL,
  goods_vnd       BIGINT       NOT NULL,
  shipping_vnd    BIGINT       NOT NULL,
  total_vnd       BIGINT       NOT NULL,
  created_at      DATETIME     NOT NULL,
  pay_before      DATETIME     NULL,
  CONSTRAINT uq_checkout_token UNIQUE (token),
  CONSTRAINT uq_checkout_request UNIQUE (request_key),
  CONSTRAINT fk_checkout_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  INDEX ix_checkout_user (user_id),
  INDEX ix_checkout_payment (payment_status, pay_before)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_order (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  checkout_id     BIGINT       NOT NULL,
  producer_id     BIGINT       NOT NULL,
  number          VARCHAR(24)  NOT NULL,
  status          VARCHAR(12)  NOT NULL,
  payment_status  VARCHAR(12)  NOT NULL,
  goods_vnd       BIGINT       NOT NULL,
  shipping_vnd    BIGINT       NOT NULL,
  total_vnd       BIGINT       NOT NULL,
  shipping_rule   VARCHAR(200) NOT NULL,
  weight_grams    INT          NOT NULL,
  created_at      DATETIME     NOT NULL,
  updated_at      DATETIME     NOT NULL,
  CONSTRAINT uq_order_number UNIQUE (number),
  CONSTRAINT fk_order_checkout FOREIGN KEY (checkout_id) REFERENCES checkout (id),
  CONSTRAINT fk_order_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  INDEX ix_order_producer (producer_id, status),
  CONSTRAINT ck_order_total CHECK (total_vnd = goods_vnd + shipping_vnd AND goods_vnd > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_line (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  order_id        BIGINT       NOT NULL,
  product_id      BIGINT       NOT NULL,
  product_name    VARCHAR(200) NOT NULL,
  unit_price_vnd  BIGINT       NOT NULL,
  quantity        INT          NOT NULL,
  stars           INT          NOT NULL,
  certificate_number VARCHAR(60) NOT NULL,
  CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  CONSTRAINT fk_order_line_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT ck_order_line_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Status history, in id order (timestamps are whole seconds).
CREATE TABLE order_event (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  order_id        BIGINT       NOT NULL,
  from_status     VARCHAR(12)  NULL,
  to_status       VARCHAR(12)  NOT NULL,
  payment_status  VARCHAR(12)  NOT NULL,
  actor           VARCHAR(160) NOT NULL,
  note            VARCHAR(500) NULL,
  at              DATETIME     NOT NULL,
  CONSTRAINT fk_order_event_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  INDEX ix_order_event_order (order_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Provider events (webhooks) applied at most once: inserted in the transaction that applies them.
CREATE TABLE payment_event (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  provider        VARCHAR(20)  NOT NULL,
  event_id        VARCHAR(80)  NOT NULL,
  event_type      VARCHAR(60)  NOT NULL,
  checkout_id     BIGINT       NULL,
  outcome         VARCHAR(200) NOT NULL,
  received_at     DATETIME     NOT NULL,
  CONSTRAINT uq_payment_event UNIQUE (provider, event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- E-mails about orders, written in the transaction that causes them and sent after commit.
CREATE TABLE order_mail (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  checkout_id     BIGINT       NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  recipient       VARCHAR(160) NOT NULL,
  subject         VARCHAR(200) NOT NULL,
  body            TEXT         NOT NULL,
  created_at      DATETIME     NOT NULL,
  sent_at         DATETIME     NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  last_error      VARCHAR(500) NULL,
  CONSTRAINT fk_order_mail_checkout FOREIGN KEY (checkout_id) REFERENCES checkout (id),
  INDEX ix_order_mail_pending (sent_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_address (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id         BIGINT       NOT NULL,
  contact_name    VARCHAR(120) NOT NULL,
  phone           VARCHAR(20)  NOT NULL,
  province_code   VARCHAR(10)  NULL,
  province_name   VARCHAR(80)  NOT NULL,
  commune_code    VARCHAR(10)  NULL,
  commune_name    VARCHAR(120) NOT NULL,
  street          VARCHAR(255) NOT NULL,
  last_used_at    DATETIME     NOT NULL,
  CONSTRAINT fk_customer_address_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT uq_customer_address UNIQUE (user_id, phone, province_name, commune_name, street(150))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A signed-in shopper keeps one cart, found by user; a guest's cart merges into it at login.
CREATE INDEX ix_cart_user ON cart (user_id);
