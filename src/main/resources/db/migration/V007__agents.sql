-- Perisai agents and the commission rule (stored as data with validity dates).
CREATE TABLE agent (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    registration_number VARCHAR(30)  NOT NULL,
    name                VARCHAR(100) NOT NULL,
    phone               VARCHAR(20)  NULL,
    home_area           VARCHAR(13)  NOT NULL,
    sponsor_name        VARCHAR(150) NOT NULL,
    sponsor_kind        VARCHAR(12)  NOT NULL,
    start_date          DATE         NOT NULL,
    reactivated_on      DATE         NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_agent_registration UNIQUE (registration_number),
    CONSTRAINT fk_agent_area FOREIGN KEY (home_area) REFERENCES area (code),
    INDEX ix_agent_area (home_area)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE commission_rule (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    valid_from      DATE         NOT NULL,
    valid_to        DATE         NULL,
    agent_percent   DECIMAL(5,2) NOT NULL,
    sponsor_percent DECIMAL(5,2) NOT NULL,
    note            VARCHAR(200) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 7.5 % of the contributions collected through the agent; 10 % of that goes to the sponsoring organisation.
INSERT INTO commission_rule (valid_from, valid_to, agent_percent, sponsor_percent, note)
VALUES ('2020-01-01', NULL, 7.50, 10.00, 'Komisi agen Perisai: 7,5% iuran terkumpul; 10% dari komisi untuk lembaga mitra');
