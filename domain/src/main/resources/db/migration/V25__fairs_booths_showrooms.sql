-- Trade promotion: OCOP fairs with zones, booth categories and booths on a floor plan, producers'
-- applications to exhibit (with the products they will bring), booth assignments, and permanent
-- showrooms / points of sale. Province and commune are codes of the region feature's units
-- (the commune is free text when the commune list is not loaded).
CREATE TABLE fair (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  slug                 VARCHAR(160)  NOT NULL,
  name                 VARCHAR(200)  NOT NULL,
  name_en              VARCHAR(200)  NULL,
  theme                VARCHAR(1000) NULL,
  venue                VARCHAR(200)  NOT NULL,
  address              VARCHAR(255)  NULL,
  province_code        VARCHAR(2)    NOT NULL,
  commune_code         VARCHAR(120)  NULL,
  starts_on            DATE          NOT NULL,
  ends_on              DATE          NOT NULL,
  opening_hours        VARCHAR(120)  NULL,
  application_deadline DATE          NOT NULL,
  status               VARCHAR(12)   NOT NULL DEFAULT 'DRAFT',
  plan_columns         INT           NOT NULL DEFAULT 20,
  plan_rows            INT           NOT NULL DEFAULT 12,
  created_by           VARCHAR(160)  NULL,
  created_at           DATETIME(6)   NOT NULL,
  version              INT           NOT NULL DEFAULT 0,
  CONSTRAINT uq_fair_slug UNIQUE (slug),
  CONSTRAINT ck_fair_dates CHECK (ends_on >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fair_status_dates ON fair (status, starts_on, id);

CREATE TABLE fair_zone (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  fair_id   BIGINT       NOT NULL,
  name      VARCHAR(120) NOT NULL,
  name_en   VARCHAR(120) NULL,
  colour    VARCHAR(7)   NOT NULL,
  position  INT          NOT NULL DEFAULT 0,
  CONSTRAINT uq_fair_zone_name UNIQUE (fair_id, name),
  CONSTRAINT fk_fair_zone_fair FOREIGN KEY (fair_id) REFERENCES fair (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fair_booth_category (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  fair_id    BIGINT       NOT NULL,
  name       VARCHAR(120) NOT NULL,
  name_en    VARCHAR(120) NULL,
  width_m    DECIMAL(5,1) NOT NULL,
  depth_m    DECIMAL(5,1) NOT NULL,
  fee_vnd    BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_fair_booth_category_name UNIQUE (fair_id, name),
  CONSTRAINT ck_fair_booth_category_fee CHECK (fee_vnd >= 0),
  CONSTRAINT fk_fair_booth_category_fair FOREIGN KEY (fair_id) REFERENCES fair (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fair_application (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  fair_id       BIGINT        NOT NULL,
  producer_id   BIGINT        NOT NULL,
  state         VARCHAR(12)   NOT NULL DEFAULT 'SUBMITTED',
  category_id   BIGINT        NULL,
  note          VARCHAR(1000) NULL,
  reason        VARCHAR(1000) NULL,
  submitted_by  VARCHAR(160)  NULL,
  submitted_at  DATETIME(6)   NOT NULL,
  reviewed_by   VARCHAR(160)  NULL,
  reviewed_at   DATETIME(6)   NULL,
  CONSTRAINT uq_fair_application_producer UNIQUE (fair_id, producer_id),
  CONSTRAINT fk_fair_application_fair FOREIGN KEY (fair_id) REFERENCES fair (id) ON DELETE CASCADE,
  CONSTRAINT fk_fair_application_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT fk_fair_application_category FOREIGN KEY (category_id) REFERENCES fair_booth_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fair_application_state ON fair_application (fair_id, state, submitted_at, id);
CREATE INDEX ix_fair_application_producer ON fair_application (producer_id, fair_id);

CREATE TABLE fair_application_product (
  application_id BIGINT NOT NULL,
  product_id     BIGINT NOT NULL,
  PRIMARY KEY (application_id, product_id),
  CONSTRAINT fk_fair_application_product_app FOREIGN KEY (application_id) REFERENCES fair_application (id) ON DELETE CASCADE,
  CONSTRAINT fk_fair_application_product_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A booth is a rectangle on the fair's plan grid (cells); producer_id and application_id are set when
-- assigned. A producer holds at most one booth per fair unless the officer allows more (allow_extra).
CREATE TABLE fair_booth (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  fair_id         BIGINT      NOT NULL,
  number          VARCHAR(12) NOT NULL,
  zone_id         BIGINT      NULL,
  category_id     BIGINT      NULL,
  x               INT         NOT NULL,
  y               INT         NOT NULL,
  w               INT         NOT NULL DEFAULT 1,
  h               INT         NOT NULL DEFAULT 1,
  producer_id     BIGINT      NULL,
  application_id  BIGINT      NULL,
  allow_extra     BOOLEAN     NOT NULL DEFAULT FALSE,
  assigned_by     VARCHAR(160) NULL,
  assigned_at     DATETIME(6) NULL,
  CONSTRAINT uq_fair_booth_number UNIQUE (fair_id, number),
  CONSTRAINT ck_fair_booth_size CHECK (x >= 0 AND y >= 0 AND w >= 1 AND h >= 1),
  CONSTRAINT fk_fair_booth_fair FOREIGN KEY (fair_id) REFERENCES fair (id) ON DELETE CASCADE,
  CONSTRAINT fk_fair_booth_zone FOREIGN KEY (zone_id) REFERENCES fair_zone (id) ON DELETE SET NULL,
  CONSTRAINT fk_fair_booth_category FOREIGN KEY (category_id) REFERENCES fair_booth_category (id) ON DELETE SET NULL,
  CONSTRAINT fk_fair_booth_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT fk_fair_booth_application FOREIGN KEY (application_id) REFERENCES fair_application (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fair_booth_producer ON fair_booth (producer_id, fair_id);

CREATE TABLE fair_booth_product (
  booth_id    BIGINT NOT NULL,
  product_id  BIGINT NOT NULL,
  PRIMARY KEY (booth_id, product_id),
  CONSTRAINT fk_fair_booth_product_booth FOREIGN KEY (booth_id) REFERENCES fair_booth (id) ON DELETE CASCADE,
  CONSTRAINT fk_fair_booth_product_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE showroom (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  slug          VARCHAR(160)  NOT NULL,
  name          VARCHAR(200)  NOT NULL,
  name_en       VARCHAR(200)  NULL,
  address       VARCHAR(255)  NOT NULL,
  province_code VARCHAR(2)    NOT NULL,
  commune_code  VARCHAR(120)  NULL,
  opening_hours VARCHAR(120)  NULL,
  phone         VARCHAR(20)   NULL,
  description   VARCHAR(2000) NULL,
  created_at    DATETIME(6)   NOT NULL,
  version       INT           NOT NULL DEFAULT 0,
  CONSTRAINT uq_showroom_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE showroom_producer (
  showroom_id  BIGINT NOT NULL,
  producer_id  BIGINT NOT NULL,
  PRIMARY KEY (showroom_id, producer_id),
  CONSTRAINT fk_showroom_producer_showroom FOREIGN KEY (showroom_id) REFERENCES showroom (id) ON DELETE CASCADE,
  CONSTRAINT fk_showroom_producer_producer FOREIGN KEY (producer_id) REFERENCES producer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE showroom_product (
  showroom_id  BIGINT NOT NULL,
  product_id   BIGINT NOT NULL,
  PRIMARY KEY (showroom_id, product_id),
  CONSTRAINT fk_showroom_product_showroom FOREIGN KEY (showroom_id) REFERENCES showroom (id) ON DELETE CASCADE,
  CONSTRAINT fk_showroom_product_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
