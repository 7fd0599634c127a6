-- The console's product picker and product grid page through products by name; without an index
-- every page sorts the whole catalog.
CREATE INDEX ix_product_name ON product (name);
