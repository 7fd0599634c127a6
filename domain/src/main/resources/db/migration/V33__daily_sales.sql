-- Daily sales, pre-aggregated for the progress report and the officer dashboard: per Vietnamese day
-- and producer (orders and goods' value), and per day, producer and product group (orders holding the
-- group, units and the lines' value). Only orders that count as sales are summed (confirmed, shipped,
-- delivered, or placed and paid). A day's rows are rebuilt whole from its orders, so rebuilding is
-- idempotent; the order transactions append the day of every order they change to sales_day_change,
-- and the daily-sales job (or a report before it reads) rebuilds those days and removes their marks.
CREATE TABLE sales_day (
  day             DATE         NOT NULL,
  producer_id     BIGINT       NOT NULL,
  orders          INT          NOT NULL,
  goods_vnd       BIGINT       NOT NULL,
  PRIMARY KEY (day, producer_id),
  INDEX ix_sales_day_producer (producer_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sales_day_group (
  day             DATE         NOT NULL,
  producer_id     BIGINT       NOT NULL,
  product_group   VARCHAR(30)  NOT NULL,
  orders          INT          NOT NULL,
  units           BIGINT       NOT NULL,
  revenue_vnd     BIGINT       NOT NULL,
  PRIMARY KEY (day, producer_id, product_group)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Days whose orders changed since their rows were last rebuilt (appended in the order's transaction).
CREATE TABLE sales_day_change (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  day             DATE         NOT NULL,
  INDEX ix_sales_day_change_day (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row, locked by each rebuild so that two never interleave; when the last full rebuild ran.
CREATE TABLE sales_day_state (
  id              TINYINT      NOT NULL PRIMARY KEY,
  rebuilt_at      DATETIME(6)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO sales_day_state (id, rebuilt_at) VALUES (1, NULL);

-- The existing orders' days (Vietnam is UTC+7 all year; created_at is UTC).
INSERT INTO sales_day_change (day)
  SELECT DISTINCT DATE(DATE_ADD(created_at, INTERVAL 7 HOUR)) FROM customer_order;
