-- Serialised units of a batch and the scans of trace links (clone detection).
-- serial is GS1 AI (21): random, case-sensitive ASCII, unique across the platform. scans counts the
-- counted scans of the unit; first_* are the first counted scan's; flag_reason says why the code
-- looks cloned (DISTANCE: implausibly far apart within a short time; FREQUENCY: scanned too often).
CREATE TABLE batch_serial (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  batch_id          BIGINT       NOT NULL,
  serial            VARCHAR(20)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  scans             INT          NOT NULL DEFAULT 0,
  first_scanned_at  DATETIME(6)  NULL,
  first_province    CHAR(2)      NULL,
  flagged_at        DATETIME(6)  NULL,
  flag_reason       VARCHAR(12)  NULL,
  CONSTRAINT uq_batch_serial_serial UNIQUE (serial),
  CONSTRAINT fk_batch_serial_batch FOREIGN KEY (batch_id) REFERENCES batch (id),
  CONSTRAINT ck_batch_serial_flag CHECK (flag_reason IS NULL OR flag_reason IN ('DISTANCE', 'FREQUENCY')),
  INDEX ix_batch_serial_batch (batch_id, id),
  INDEX ix_batch_serial_flagged (flagged_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One scan of a batch's or a unit's trace link: when, the serial scanned (serial_id when it is one of
-- the batch's units; serial alone for a code the batch never had, as counterfeit labels carry), the
-- province the client shared (code of region/provinces.csv, NULL when unknown), the class of its user
-- agent (BOT rows are never counted) and a hash of its address (never the address itself).
CREATE TABLE trace_scan (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  batch_id     BIGINT       NOT NULL,
  serial_id    BIGINT       NULL,
  serial       VARCHAR(20)  CHARACTER SET ascii COLLATE ascii_bin NULL,
  scanned_at   DATETIME(6)  NOT NULL,
  province     CHAR(2)      NULL,
  agent_class  VARCHAR(8)   NOT NULL,
  client_key   CHAR(16)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  CONSTRAINT fk_trace_scan_batch FOREIGN KEY (batch_id) REFERENCES batch (id),
  CONSTRAINT fk_trace_scan_serial FOREIGN KEY (serial_id) REFERENCES batch_serial (id),
  INDEX ix_trace_scan_batch (batch_id, scanned_at),
  INDEX ix_trace_scan_serial (serial_id, scanned_at),
  INDEX ix_trace_scan_client (client_key, scanned_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
