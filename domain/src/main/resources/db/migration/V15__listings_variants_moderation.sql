-- Producers' own listings: drafts until an officer approves the first publication, variants with
-- their own SKU, price and stock, and the moderation queue of changes shoppers would see.

-- Products added before (by officers) are published; a producer's new product starts as a draft.
ALTER TABLE product ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE product ADD COLUMN gtin VARCHAR(14) NULL;

CREATE TABLE product_variant (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  product_id    BIGINT       NOT NULL,
  producer_id   BIGINT       NOT NULL,
  label         VARCHAR(100) NOT NULL,
  sku           VARCHAR(40)  NOT NULL,
  gtin          VARCHAR(14)  NULL,
  price_vnd     BIGINT       NOT NULL,
  stock         INT          NOT NULL DEFAULT 0,
  weight_grams  INT          NOT NULL DEFAULT 0,
  position      INT          NOT NULL DEFAULT 0,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME     NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_variant_sku UNIQUE (producer_id, sku),
  CONSTRAINT fk_variant_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_variant_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT ck_variant_stock CHECK (stock >= 0),
  CONSTRAINT ck_variant_price CHECK (price_vnd > 0 AND price_vnd <= 1000000000),
  CONSTRAINT ck_variant_weight CHECK (weight_grams >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_variant_product ON product_variant (product_id, position);

-- A change waiting for an officer: the first publication (PUBLISH) or new shopper-visible values
-- (EDIT: a column left NULL stays as it is).
CREATE TABLE product_change (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  product_id    BIGINT       NOT NULL,
  kind          VARCHAR(10)  NOT NULL,
  name          VARCHAR(200) NULL,
  description   TEXT         NULL,
  price_vnd     BIGINT       NULL,
  requested_by  VARCHAR(160) NOT NULL,
  requested_at  DATETIME     NOT NULL,
  state         VARCHAR(10)  NOT NULL DEFAULT 'PENDING',
  reason        VARCHAR(500) NULL,
  decided_by    VARCHAR(160) NULL,
  decided_at    DATETIME     NULL,
  CONSTRAINT fk_change_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT ck_change_state CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
  CONSTRAINT ck_change_kind CHECK (kind IN ('PUBLISH', 'EDIT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_change_state ON product_change (state, id);
CREATE INDEX ix_change_product ON product_change (product_id, id);
