-- Livestream selling: a producer's live events (streamed on the platform with a secret key, or an
-- external live shown embedded), the products each features with an optional live-only price,
-- stock cap and per-buyer limit, and the shoppers who asked to be reminded when it starts.
CREATE TABLE live_event (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  producer_id        BIGINT        NOT NULL,
  title              VARCHAR(200)  NOT NULL,
  description        TEXT          NULL,
  cover              VARCHAR(200)  NULL,
  starts_at          DATETIME(6)   NOT NULL,
  expected_minutes   INT           NOT NULL,
  mode               VARCHAR(10)   NOT NULL,
  external_url       VARCHAR(500)  NULL,
  stream_key_hash    CHAR(64)      NULL,
  status             VARCHAR(10)   NOT NULL DEFAULT 'SCHEDULED',
  live_at            DATETIME(6)   NULL,
  ended_at           DATETIME(6)   NULL,
  recording          VARCHAR(300)  NULL,
  pinned_item_id     BIGINT        NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  created_at         DATETIME(6)   NOT NULL,
  -- When followers were told that it was scheduled / that it went live (each once).
  told_scheduled_at  DATETIME(6)   NULL,
  told_live_at       DATETIME(6)   NULL,
  CONSTRAINT uq_live_event_key UNIQUE (stream_key_hash),
  CONSTRAINT fk_live_event_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT ck_live_event_mode CHECK (mode IN ('PLATFORM', 'EXTERNAL')),
  CONSTRAINT ck_live_event_status CHECK (status IN ('SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED')),
  CONSTRAINT ck_live_event_minutes CHECK (expected_minutes BETWEEN 5 AND 720)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_live_event_status_start ON live_event (status, starts_at, id);
CREATE INDEX ix_live_event_producer ON live_event (producer_id, starts_at);

CREATE TABLE live_item (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id         BIGINT  NOT NULL,
  product_id       BIGINT  NOT NULL,
  variant_id       BIGINT  NULL,
  position         INT     NOT NULL DEFAULT 0,
  live_price_vnd   BIGINT  NULL,
  live_stock_cap   INT     NULL,
  live_sold        INT     NOT NULL DEFAULT 0,
  per_buyer_limit  INT     NULL,
  CONSTRAINT fk_live_item_event FOREIGN KEY (event_id) REFERENCES live_event (id) ON DELETE CASCADE,
  CONSTRAINT fk_live_item_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_live_item_variant FOREIGN KEY (variant_id) REFERENCES product_variant (id),
  CONSTRAINT ck_live_item_price CHECK (live_price_vnd IS NULL OR live_price_vnd > 0),
  CONSTRAINT ck_live_item_cap CHECK (live_stock_cap IS NULL OR live_stock_cap >= 0),
  CONSTRAINT ck_live_item_sold CHECK (live_sold >= 0 AND (live_stock_cap IS NULL OR live_sold <= live_stock_cap)),
  CONSTRAINT ck_live_item_limit CHECK (per_buyer_limit IS NULL OR per_buyer_limit > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_live_item_event ON live_item (event_id, position);

-- A signed-in shopper (user_id) or an address (email) to remind when the event starts, once.
CREATE TABLE live_reminder (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id     BIGINT       NOT NULL,
  user_id      BIGINT       NULL,
  email        VARCHAR(160) NULL,
  created_at   DATETIME(6)  NOT NULL,
  notified_at  DATETIME(6)  NULL,
  CONSTRAINT uq_live_reminder_user UNIQUE (event_id, user_id),
  CONSTRAINT uq_live_reminder_email UNIQUE (event_id, email),
  CONSTRAINT fk_live_reminder_event FOREIGN KEY (event_id) REFERENCES live_event (id) ON DELETE CASCADE,
  CONSTRAINT fk_live_reminder_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT ck_live_reminder_who CHECK (user_id IS NOT NULL OR email IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_live_reminder_due ON live_reminder (event_id, notified_at);
