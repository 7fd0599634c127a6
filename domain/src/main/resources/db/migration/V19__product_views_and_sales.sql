-- Product page views for the producers' sales figures: one counter per product and Vietnamese day,
-- raised by a single upsert per page view (no row per visit, no read before the write).
CREATE TABLE product_view_day (
  product_id  BIGINT  NOT NULL,
  day         DATE    NOT NULL,
  views       BIGINT  NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, day),
  CONSTRAINT fk_product_view_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The sales report reads one producer's orders over a period.
CREATE INDEX ix_order_producer_created ON customer_order (producer_id, created_at);
