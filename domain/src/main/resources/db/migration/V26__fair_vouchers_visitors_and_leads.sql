-- A fair's twin on the storefront: vouchers valid during the fair for its booth products (a budget
-- taken by a conditional update in the order transaction, a per-buyer limit), visitors with QR
-- badges checked in once at the gate, and the leads and wholesale inquiries booths collect.

-- The discount a checkout (and each of its orders) got; the total is what is paid.
ALTER TABLE checkout ADD COLUMN discount_vnd BIGINT NOT NULL DEFAULT 0 AFTER shipping_vnd;
ALTER TABLE customer_order ADD COLUMN discount_vnd BIGINT NOT NULL DEFAULT 0 AFTER shipping_vnd;
ALTER TABLE customer_order DROP CONSTRAINT ck_order_total;
ALTER TABLE customer_order ADD CONSTRAINT ck_order_total
  CHECK (total_vnd = goods_vnd + shipping_vnd - discount_vnd AND goods_vnd > 0
         AND discount_vnd >= 0 AND discount_vnd <= goods_vnd);

-- A voucher with a code shoppers type, or (code NULL) one applied automatically; a percentage
-- (capped per checkout by max_off_vnd) or a fixed amount off the fair's products in the cart.
CREATE TABLE fair_voucher (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  fair_id         BIGINT       NOT NULL,
  code            VARCHAR(32)  NULL,
  name            VARCHAR(120) NOT NULL,
  percent_off     INT          NULL,
  amount_off_vnd  BIGINT       NULL,
  max_off_vnd     BIGINT       NULL,
  budget_vnd      BIGINT       NOT NULL,
  spent_vnd       BIGINT       NOT NULL DEFAULT 0,
  per_buyer_limit INT          NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  CONSTRAINT uq_fair_voucher_code UNIQUE (code),
  CONSTRAINT ck_fair_voucher_budget CHECK (budget_vnd > 0 AND spent_vnd >= 0 AND spent_vnd <= budget_vnd),
  CONSTRAINT ck_fair_voucher_kind CHECK ((percent_off IS NULL) <> (amount_off_vnd IS NULL)),
  CONSTRAINT ck_fair_voucher_percent CHECK (percent_off IS NULL OR percent_off BETWEEN 1 AND 100),
  CONSTRAINT ck_fair_voucher_limit CHECK (per_buyer_limit > 0),
  CONSTRAINT fk_fair_voucher_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
  INDEX ix_fair_voucher_fair (fair_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How many checkouts each buyer (a user, an e-mail, a phone: every key counts) used a voucher in.
CREATE TABLE fair_voucher_buyer (
  voucher_id      BIGINT       NOT NULL,
  buyer_key       VARCHAR(170) NOT NULL,
  uses            INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (voucher_id, buyer_key),
  CONSTRAINT fk_fair_voucher_buyer_voucher FOREIGN KEY (voucher_id) REFERENCES fair_voucher (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The discount each order got from a voucher.
CREATE TABLE fair_voucher_use (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  voucher_id      BIGINT       NOT NULL,
  checkout_id     BIGINT       NOT NULL,
  order_id        BIGINT       NOT NULL,
  producer_id     BIGINT       NOT NULL,
  discount_vnd    BIGINT       NOT NULL,
  used_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_fair_voucher_use_order UNIQUE (order_id),
  CONSTRAINT fk_fair_voucher_use_voucher FOREIGN KEY (voucher_id) REFERENCES fair_voucher (id),
  CONSTRAINT fk_fair_voucher_use_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  INDEX ix_fair_voucher_use_voucher (voucher_id, producer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A registered visitor and the badge's unguessable code; checked in once (the first scan's time).
CREATE TABLE fair_visitor (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  fair_id         BIGINT       NOT NULL,
  badge_code      CHAR(16)     NOT NULL,
  name            VARCHAR(120) NOT NULL,
  phone           VARCHAR(20)  NULL,
  email           VARCHAR(160) NULL,
  province_code   VARCHAR(10)  NOT NULL,
  province_name   VARCHAR(80)  NOT NULL,
  interest        VARCHAR(16)  NOT NULL,
  consented_at    DATETIME(6)  NOT NULL,
  registered_at   DATETIME(6)  NOT NULL,
  checked_in_at   DATETIME(6)  NULL,
  checked_in_by   BIGINT       NULL,
  CONSTRAINT uq_fair_visitor_badge UNIQUE (badge_code),
  CONSTRAINT uq_fair_visitor_phone UNIQUE (fair_id, phone),
  CONSTRAINT uq_fair_visitor_email UNIQUE (fair_id, email),
  CONSTRAINT ck_fair_visitor_contact CHECK (phone IS NOT NULL OR email IS NOT NULL),
  CONSTRAINT fk_fair_visitor_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
  INDEX ix_fair_visitor_fair (fair_id, registered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A booth's lead: a visitor who scanned the booth (or whose badge the producer scanned), once per
-- visitor and booth (kind LEAD; source SCAN or BADGE); or a trade buyer's wholesale inquiry (kind
-- INQUIRY, source FORM, visitor_id NULL: the contact is typed), which the producer answers.
CREATE TABLE fair_lead (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  fair_id         BIGINT       NOT NULL,
  booth_id        BIGINT       NOT NULL,
  producer_id     BIGINT       NOT NULL,
  visitor_id      BIGINT       NULL,
  kind            VARCHAR(8)   NOT NULL,
  source          VARCHAR(8)   NOT NULL,
  contact_name    VARCHAR(120) NOT NULL,
  contact         VARCHAR(160) NOT NULL,
  quantity        INT          NULL,
  message         VARCHAR(1000) NULL,
  answer          VARCHAR(1000) NULL,
  answered_at     DATETIME(6)  NULL,
  created_at      DATETIME(6)  NOT NULL,
  CONSTRAINT uq_fair_lead_visitor UNIQUE (booth_id, visitor_id, kind),
  CONSTRAINT fk_fair_lead_visitor FOREIGN KEY (visitor_id) REFERENCES fair_visitor (id),
  CONSTRAINT fk_fair_lead_booth FOREIGN KEY (booth_id) REFERENCES fair_booth (id),
  CONSTRAINT fk_fair_lead_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT ck_fair_lead_quantity CHECK (quantity IS NULL OR quantity > 0),
  INDEX ix_fair_lead_producer (producer_id, created_at),
  INDEX ix_fair_lead_fair (fair_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
