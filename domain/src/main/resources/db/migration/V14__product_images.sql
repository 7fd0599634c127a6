-- Product photos: each row is one uploaded photo in three re-encoded sizes, stored under
-- content-addressed keys (the SHA-256 of the stored bytes), so a key never changes meaning.
-- variant_id is for the variants to come; the cover is shown first, then the others by position.
CREATE TABLE product_image (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id    BIGINT       NOT NULL,
    variant_id    BIGINT       NULL,
    position      INT          NOT NULL,
    cover         BOOLEAN      NOT NULL DEFAULT FALSE,
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
    CONSTRAINT fk_product_image_product FOREIGN KEY (product_id) REFERENCES product (id),
    INDEX ix_product_image_product (product_id, cover, position)
);
