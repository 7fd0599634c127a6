-- Photo changes, variant price rises and group changes of approved products wait for an officer
-- like names and descriptions do; followers hear once about each product that goes on sale.

-- A VARIANT change carries a variant's new price (variant_id, price_vnd); a PHOTOS change the
-- product's photos as they would be, cover first (image_ids, comma-separated ids); an EDIT may
-- now carry a new group (product_group).
ALTER TABLE product_change ADD COLUMN variant_id BIGINT NULL;
ALTER TABLE product_change ADD COLUMN product_group VARCHAR(30) NULL;
ALTER TABLE product_change ADD COLUMN image_ids VARCHAR(400) NULL;
ALTER TABLE product_change ADD CONSTRAINT fk_change_variant FOREIGN KEY (variant_id) REFERENCES product_variant (id);
ALTER TABLE product_change DROP CONSTRAINT ck_change_kind;
ALTER TABLE product_change ADD CONSTRAINT ck_change_kind CHECK (kind IN ('PUBLISH', 'EDIT', 'VARIANT', 'PHOTOS'));

-- A photo uploaded to an approved product is pending until an officer approves the photo change
-- that shows it; shoppers see only photos that are not pending.
ALTER TABLE product_image ADD COLUMN pending BOOLEAN NOT NULL DEFAULT FALSE;

-- A notice may be addressed to a shopper (a follower told about a producer's new product) rather
-- than to the producer's own console; each follower hears about a product once.
ALTER TABLE notice ADD COLUMN user_id BIGINT NULL;
ALTER TABLE notice ADD CONSTRAINT fk_notice_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE;
ALTER TABLE notice ADD CONSTRAINT uq_notice_user_product UNIQUE (user_id, product_id, kind);

-- The products the followers were told about (or that were on sale before followers were told at
-- all): a product gets a row the first time it is seen on sale.
CREATE TABLE follower_news (
  product_id   BIGINT      NOT NULL PRIMARY KEY,
  producer_id  BIGINT      NOT NULL,
  told_at      DATETIME(6) NOT NULL,
  followers    INT         NOT NULL,
  CONSTRAINT fk_follower_news_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO follower_news (product_id, producer_id, told_at, followers)
SELECT p.id, p.producer_id, UTC_TIMESTAMP(6), 0 FROM product p
  JOIN certificate c ON c.id = p.current_certificate_id
 WHERE p.published = TRUE AND c.stars >= 3 AND c.revoked = FALSE AND c.valid_until > UTC_TIMESTAMP();

-- A producer's story photos for its public page, made by the same pipeline as product photos
-- (three re-encoded sizes under content-addressed keys), in the producer's order.
CREATE TABLE producer_image (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  producer_id   BIGINT       NOT NULL,
  position      INT          NOT NULL,
  content_hash  CHAR(64)     NOT NULL,
  thumb_key     VARCHAR(100) NOT NULL,
  thumb_width   INT          NOT NULL,
  thumb_height  INT          NOT NULL,
  card_key      VARCHAR(100) NOT NULL,
  card_width    INT          NOT NULL,
  card_height   INT          NOT NULL,
  zoom_key      VARCHAR(100) NOT NULL,
  zoom_width    INT          NOT NULL,
  zoom_height   INT          NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT fk_producer_image_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  INDEX ix_producer_image_producer (producer_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
