-- Carts and orders carry the variant bought (NULL for a product sold without variants).
-- A unique key treats NULLs as distinct, so the cart line's key uses a stored column that turns
-- "no variant" into 0: one line per (cart, product, variant), a product without variants included.
ALTER TABLE cart_line ADD COLUMN variant_id BIGINT NULL;
ALTER TABLE cart_line ADD COLUMN variant_key BIGINT AS (COALESCE(variant_id, 0)) PERSISTENT;
ALTER TABLE cart_line ADD CONSTRAINT fk_cart_line_variant FOREIGN KEY (variant_id) REFERENCES product_variant (id);
ALTER TABLE cart_line ADD CONSTRAINT uq_cart_line_variant UNIQUE (cart_id, product_id, variant_key);
ALTER TABLE cart_line DROP INDEX uq_cart_line;

-- The variant and its label as they were at the order.
ALTER TABLE order_line ADD COLUMN variant_id BIGINT NULL;
ALTER TABLE order_line ADD COLUMN variant_label VARCHAR(100) NULL;
ALTER TABLE order_line ADD CONSTRAINT fk_order_line_variant FOREIGN KEY (variant_id) REFERENCES product_variant (id);
