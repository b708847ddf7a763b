-- One table for every level of the Kemendagri hierarchy; scope checks are code-prefix checks.
CREATE TABLE area (
    code        VARCHAR(13)  NOT NULL PRIMARY KEY,
    parent_code VARCHAR(13)  NULL,
    level       VARCHAR(10)  NOT NULL,
    kind        VARCHAR(10)  NULL,
    name        VARCHAR(100) NOT NULL,
    lat         DOUBLE       NULL,
    lng         DOUBLE       NULL,
    CONSTRAINT fk_area_parent FOREIGN KEY (parent_code) REFERENCES area (code),
    INDEX ix_area_parent (parent_code),
    INDEX ix_area_level_code (level, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Boundaries apart from the area rows, so that reading areas never drags polygons along.
CREATE TABLE area_boundary (
    area_code VARCHAR(13) NOT NULL PRIMARY KEY,
    geom      GEOMETRY    NOT NULL,
    min_lat   DOUBLE      NOT NULL,
    min_lng   DOUBLE      NOT NULL,
    max_lat   DOUBLE      NOT NULL,
    max_lng   DOUBLE      NOT NULL,
    CONSTRAINT fk_boundary_area FOREIGN KEY (area_code) REFERENCES area (code),
    SPATIAL INDEX sx_area_boundary (geom)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
