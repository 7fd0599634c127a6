-- Shoppers who follow a producer's page; they are told about the producer's new products later.
CREATE TABLE producer_follower (
  user_id      BIGINT      NOT NULL,
  producer_id  BIGINT      NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (user_id, producer_id),
  CONSTRAINT fk_producer_follower_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_producer_follower_producer FOREIGN KEY (producer_id) REFERENCES producer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_producer_follower_producer ON producer_follower (producer_id, user_id);
