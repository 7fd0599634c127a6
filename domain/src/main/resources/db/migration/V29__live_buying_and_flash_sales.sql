-- Buying during a live event: a cart line and an order line remember the live item they were
-- added from (its live price applies while the event is live and for a grace period after it),
-- each buyer's live purchases count against the item's per-buyer limit, and flash sales sell a
-- featured item at a lower price for a short window, their cap taken by a conditional update.

ALTER TABLE cart_line ADD COLUMN live_item_id BIGINT NULL;
ALTER TABLE cart_line ADD CONSTRAINT fk_cart_line_live_item
  FOREIGN KEY (live_item_id) REFERENCES live_item (id) ON DELETE SET NULL;

-- No foreign key: an order keeps the live item it was bought from even when the event's items change.
ALTER TABLE order_line ADD COLUMN live_item_id BIGINT NULL;
ALTER TABLE order_line ADD INDEX ix_order_line_live_item (live_item_id);

-- How many units each buyer (a user, an e-mail, a phone: every key counts) bought of a live item.
CREATE TABLE live_purchase (
  item_id         BIGINT       NOT NULL,
  buyer_key       VARCHAR(170) NOT NULL,
  quantity        INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (item_id, buyer_key),
  CONSTRAINT ck_live_purchase_quantity CHECK (quantity >= 0),
  CONSTRAINT fk_live_purchase_item FOREIGN KEY (item_id) REFERENCES live_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A flash sale: a countdown until starts_at, then the price applies until ends_at or until cap units sold.
CREATE TABLE live_flash_sale (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id        BIGINT       NOT NULL,
  item_id         BIGINT       NOT NULL,
  price_vnd       BIGINT       NOT NULL,
  cap             INT          NOT NULL,
  sold            INT          NOT NULL DEFAULT 0,
  created_at      DATETIME(6)  NOT NULL,
  starts_at       DATETIME(6)  NOT NULL,
  ends_at         DATETIME(6)  NOT NULL,
  CONSTRAINT ck_live_flash_sale_sold CHECK (sold >= 0 AND sold <= cap AND cap > 0 AND price_vnd > 0),
  CONSTRAINT ck_live_flash_sale_window CHECK (ends_at > starts_at),
  CONSTRAINT fk_live_flash_sale_event FOREIGN KEY (event_id) REFERENCES live_event (id),
  CONSTRAINT fk_live_flash_sale_item FOREIGN KEY (item_id) REFERENCES live_item (id) ON DELETE CASCADE,
  INDEX ix_live_flash_sale_event (event_id, ends_at),
  INDEX ix_live_flash_sale_item (item_id, ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
