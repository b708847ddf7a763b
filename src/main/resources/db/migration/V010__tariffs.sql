-- Contribution tariffs as data with validity dates (whole months: valid_from is the first day of the
-- first month, valid_to the last day of the last month, NULL = open). Kinds and units: see TariffKind.
CREATE TABLE tariff (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(11)  NOT NULL,
    percent     DECIMAL(5,2) NULL,
    amount      BIGINT       NULL,
    programmes  VARCHAR(20)  NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE         NULL,
    note        VARCHAR(200) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_tariff_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    INDEX ix_tariff_kind_from (kind, valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- BPU (bukan penerima upah) tariffs of PP 44/2015 Lampiran II, kept by Permenaker 5/2021: the lowest
-- band Rp1.000.000 (the administrator adds the others), JKK 1 % of the band, JKM Rp6.800, JHT 2 %.
INSERT INTO tariff (kind, percent, amount, programmes, valid_from, valid_to, note) VALUES
    ('INCOME_BAND', NULL, 1000000, NULL, '2015-07-01', NULL, 'Penghasilan terendah BPU, PP 44/2015 Lampiran II'),
    ('JKK_RATE',    1.00, NULL,    NULL, '2015-07-01', NULL, 'JKK BPU 1% dari penghasilan, PP 44/2015'),
    ('JKM_AMOUNT',  NULL, 6800,    NULL, '2015-07-01', NULL, 'JKM BPU Rp6.800 per bulan, PP 44/2015'),
    ('JHT_RATE',    2.00, NULL,    NULL, '2015-07-01', NULL, 'JHT BPU 2% dari penghasilan, PP 44/2015');
