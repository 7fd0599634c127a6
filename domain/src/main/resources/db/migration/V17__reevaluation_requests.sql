-- A producer's request that officers re-evaluate the OCOP certificate of a product whose
-- certificate is expiring or has expired. At most one request per product is open at a time
-- (checked by the service under the product's row lock); officers mark it handled.
CREATE TABLE reevaluation_request (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  product_id     BIGINT       NOT NULL,
  producer_id    BIGINT       NOT NULL,
  certificate_id BIGINT       NULL,
  requested_by   VARCHAR(160) NOT NULL,
  requested_at   DATETIME(6)  NOT NULL,
  state          VARCHAR(10)  NOT NULL DEFAULT 'OPEN',
  handled_by     VARCHAR(160) NULL,
  handled_at     DATETIME(6)  NULL,
  CONSTRAINT fk_reevaluation_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_reevaluation_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT ck_reevaluation_state CHECK (state IN ('OPEN', 'HANDLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_reevaluation_state ON reevaluation_request (state, id);
CREATE INDEX ix_reevaluation_product ON reevaluation_request (product_id, id);
