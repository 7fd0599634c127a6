-- Lease ends are written with the database's NOW(6); keep their fractions of a second.
ALTER TABLE job_lock MODIFY locked_until DATETIME(6) NOT NULL;

-- Card refunds owed to shoppers: written in the transaction that cancels the order, then paid back
-- through the payment provider by a job that retries with back-off until the provider confirms.
-- The idempotency key makes every attempt the same refund, so a retry never pays back twice.
CREATE TABLE refund_request (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  order_id            BIGINT       NOT NULL,
  payment_reference   VARCHAR(80)  NOT NULL,
  amount_vnd          BIGINT       NOT NULL,
  idempotency_key     VARCHAR(80)  NOT NULL,
  note                VARCHAR(200) NOT NULL,
  requested_by        VARCHAR(160) NOT NULL,
  status              VARCHAR(12)  NOT NULL,
  attempts            INT          NOT NULL DEFAULT 0,
  last_error          VARCHAR(500) NULL,
  last_attempt_at     DATETIME(6)  NULL,
  next_attempt_at     DATETIME(6)  NOT NULL,
  provider_refund_id  VARCHAR(120) NULL,
  created_at          DATETIME(6)  NOT NULL,
  done_at             DATETIME(6)  NULL,
  CONSTRAINT uq_refund_order UNIQUE (order_id),
  CONSTRAINT uq_refund_key UNIQUE (idempotency_key),
  CONSTRAINT fk_refund_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  KEY ix_refund_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
