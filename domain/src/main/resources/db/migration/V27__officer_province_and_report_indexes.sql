-- An officer works for one province (the dashboard shows it); admins and producers have none.
ALTER TABLE app_user ADD COLUMN province VARCHAR(60) NULL;

-- The six-monthly report reads orders by period and producers by province across the country.
CREATE INDEX ix_order_created ON customer_order (created_at, producer_id);
CREATE INDEX ix_producer_province ON producer (province, id);
CREATE INDEX ix_certificate_revoked_at ON certificate (revoked_at);
