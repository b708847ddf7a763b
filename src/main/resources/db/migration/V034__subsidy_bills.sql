-- Issued monthly subsidy bills of a MoU (issue 12, decision 015). A bill is stored once its month has closed
-- (at its first reading after the month, or when an earlier bill is read, in month order) and never changes
-- afterwards: later payments, enrolments or tariff corrections show up as adjustment lines on the next bill.
-- The lines keep the worker identity as the partner saw it (masked NIK, name, village), never a full NIK.
CREATE TABLE subsidy_bill (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mou_id         BIGINT      NOT NULL,
    -- the first day of the month billed
    month          DATE        NOT NULL,
    issued_at      DATETIME    NOT NULL,
    issued_by      VARCHAR(64) NOT NULL,
    CONSTRAINT uq_subsidy_bill_mou_month UNIQUE (mou_id, month),
    CONSTRAINT ck_subsidy_bill_first_day CHECK (DAYOFMONTH(month) = 1),
    CONSTRAINT fk_subsidy_bill_mou FOREIGN KEY (mou_id) REFERENCES mou (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One worker of a bill: a line of the month itself (adjustment = FALSE, for_month = the bill's month) or a
-- correction of an earlier bill (adjustment = TRUE, for_month = that month; amounts are the differences).
CREATE TABLE subsidy_bill_line (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bill_id      BIGINT       NOT NULL,
    adjustment   BOOLEAN      NOT NULL,
    for_month    DATE         NOT NULL,
    worker_id    BIGINT       NOT NULL,
    masked_nik   VARCHAR(40)  NOT NULL,
    full_name    VARCHAR(100) NOT NULL,
    village_code VARCHAR(13)  NOT NULL,
    village_name VARCHAR(100) NOT NULL,
    income_band  BIGINT       NOT NULL,
    jht          BOOLEAN      NOT NULL,
    jkk_amount   BIGINT       NOT NULL,
    jkm_amount   BIGINT       NOT NULL,
    jht_amount   BIGINT       NOT NULL,
    discount     BIGINT       NOT NULL,
    due          BIGINT       NOT NULL,
    paid         BIGINT       NOT NULL,
    payments     INT          NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    CONSTRAINT fk_subsidy_bill_line_bill FOREIGN KEY (bill_id) REFERENCES subsidy_bill (id),
    INDEX ix_subsidy_bill_line_bill (bill_id, adjustment, for_month, worker_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
