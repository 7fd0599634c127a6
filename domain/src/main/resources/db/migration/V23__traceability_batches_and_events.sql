-- Traceability: batches (lots) of products, their EPCIS 2.0 events and documents, the batch each
-- order line was shipped from, and the producer's GS1 company prefix (for GTINs it did not enter).
ALTER TABLE producer ADD COLUMN gs1_company_prefix VARCHAR(12) NULL;

-- A lot of one product (or variant). gtin is the GTIN-14 used in links (see Gtin14); lot is GS1
-- AI (10), case-sensitive ASCII; allocated counts the units order lines took from it (FEFO).
CREATE TABLE batch (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  product_id       BIGINT        NOT NULL,
  variant_id       BIGINT        NULL,
  producer_id      BIGINT        NOT NULL,
  gtin             CHAR(14)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  lot              VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  production_date  DATE          NOT NULL,
  best_before      DATE          NOT NULL,
  quantity         INT           NOT NULL,
  allocated        INT           NOT NULL DEFAULT 0,
  origin_text      VARCHAR(500)  NULL,
  origin_code      VARCHAR(60)   NULL,
  standards        VARCHAR(300)  NULL,
  status           VARCHAR(12)   NOT NULL DEFAULT 'ACTIVE',
  withdrawn_at     DATETIME(6)   NULL,
  withdrawn_reason VARCHAR(1000) NULL,
  withdrawn_by     VARCHAR(160)  NULL,
  serialised       BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at       DATETIME(6)   NOT NULL,
  CONSTRAINT uq_batch_gtin_lot UNIQUE (gtin, lot),
  CONSTRAINT fk_batch_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_batch_variant FOREIGN KEY (variant_id) REFERENCES product_variant (id),
  CONSTRAINT fk_batch_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT ck_batch_quantity CHECK (quantity > 0 AND allocated >= 0 AND allocated <= quantity),
  CONSTRAINT ck_batch_dates CHECK (production_date <= best_before),
  CONSTRAINT ck_batch_status CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
  INDEX ix_batch_product (product_id, variant_id, status, best_before),
  INDEX ix_batch_producer (producer_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An EPCIS 2.0 event (ObjectEvent, TransformationEvent, ...), recorded in the console or captured
-- through the API. event_time is UTC, event_time_zone_offset the offset it was recorded in;
-- where: read_point (a GLN's SGLN URN or the project's own location URI) and/or province/commune.
-- document holds the full event as JSON-LD, exported as it was recorded.
CREATE TABLE trace_event (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id               VARCHAR(255)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  event_type             VARCHAR(40)   NOT NULL,
  action                 VARCHAR(10)   NULL,
  biz_step               VARCHAR(120)  NULL,
  disposition            VARCHAR(120)  NULL,
  event_time             DATETIME(3)   NOT NULL,
  event_time_zone_offset CHAR(6)       NOT NULL,
  record_time            DATETIME(6)   NOT NULL,
  read_point             VARCHAR(255)  NULL,
  gln                    CHAR(13)      NULL,
  province               VARCHAR(60)   NULL,
  commune                VARCHAR(120)  NULL,
  source                 VARCHAR(12)   NOT NULL,
  recorded_by            VARCHAR(160)  NULL,
  document               LONGTEXT      NOT NULL,
  CONSTRAINT uq_trace_event_event_id UNIQUE (event_id),
  CONSTRAINT ck_trace_event_document CHECK (JSON_VALID(document))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which batches an event names: SUBJECT (epcList/quantityList of object events), INPUT and OUTPUT
-- (of transformations).
CREATE TABLE trace_event_batch (
  event_id  BIGINT      NOT NULL,
  batch_id  BIGINT      NOT NULL,
  role      VARCHAR(8)  NOT NULL,
  PRIMARY KEY (event_id, batch_id, role),
  CONSTRAINT fk_trace_event_batch_event FOREIGN KEY (event_id) REFERENCES trace_event (id) ON DELETE CASCADE,
  CONSTRAINT fk_trace_event_batch_batch FOREIGN KEY (batch_id) REFERENCES batch (id),
  CONSTRAINT ck_trace_event_batch_role CHECK (role IN ('SUBJECT', 'INPUT', 'OUTPUT')),
  INDEX ix_trace_event_batch_batch (batch_id, event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Test reports and certificates of a batch (PDF, JPEG, PNG), stored as they were uploaded under a
-- content-addressed key (the SHA-256 of the bytes) through the media store.
CREATE TABLE batch_document (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  batch_id      BIGINT        NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  content_type  VARCHAR(40)   NOT NULL,
  storage_key   VARCHAR(100)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  CONSTRAINT fk_batch_document_batch FOREIGN KEY (batch_id) REFERENCES batch (id),
  INDEX ix_batch_document_batch (batch_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The batches each order line was shipped from (first-expiring first), with how many units each.
CREATE TABLE order_line_batch (
  order_line_id BIGINT NOT NULL,
  batch_id      BIGINT NOT NULL,
  quantity      INT    NOT NULL,
  PRIMARY KEY (order_line_id, batch_id),
  CONSTRAINT fk_order_line_batch_line FOREIGN KEY (order_line_id) REFERENCES order_line (id),
  CONSTRAINT fk_order_line_batch_batch FOREIGN KEY (batch_id) REFERENCES batch (id),
  CONSTRAINT ck_order_line_batch_quantity CHECK (quantity > 0),
  INDEX ix_order_line_batch_batch (batch_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
