-- Work sites where informal workers are found: plantations, markets, fishing ports, home-industry
-- clusters, partner SMEs. The village is derived from the point (or chosen when it cannot be).
CREATE TABLE site (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(150) NOT NULL,
    type              VARCHAR(30)  NOT NULL,
    commodity         VARCHAR(60)  NULL,
    operator          VARCHAR(150) NULL,
    estimated_workers INT          NULL,
    contact           VARCHAR(150) NULL,
    lat               DOUBLE       NOT NULL,
    lng               DOUBLE       NOT NULL,
    outline           GEOMETRY     NULL,
    village_code      VARCHAR(13)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_site_village FOREIGN KEY (village_code) REFERENCES area (code),
    INDEX ix_site_village (village_code),
    INDEX ix_site_position (lat, lng)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
