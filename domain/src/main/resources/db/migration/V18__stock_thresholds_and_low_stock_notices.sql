-- Stock in the seller centre: a low-stock threshold per product and per variant, and whether the
-- producer was already told that it fell to it (told again only after a restock above it).
ALTER TABLE product ADD COLUMN low_stock_threshold INT NOT NULL DEFAULT 5;
ALTER TABLE product ADD COLUMN low_stock_alerted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE product ADD CONSTRAINT ck_product_threshold CHECK (low_stock_threshold >= 0);
ALTER TABLE product_variant ADD COLUMN low_stock_threshold INT NOT NULL DEFAULT 5;
ALTER TABLE product_variant ADD COLUMN low_stock_alerted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE product_variant ADD CONSTRAINT ck_variant_threshold CHECK (low_stock_threshold >= 0);

-- A notice may be about stock rather than a certificate: the certificate is then empty (the unique
-- key on certificate and kind still makes each certificate notice once).
ALTER TABLE notice MODIFY certificate_id BIGINT NULL;
ALTER TABLE notice ADD COLUMN product_id BIGINT NULL;
