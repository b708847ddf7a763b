-- A worker's contribution (iuran) for one month: one row per worker and month, whoever paid it. The
-- amount is what was paid; computed_amount what the tariffs asked for that month, kept beside it so
-- an override stays explainable (its reason is then required, checked by the service and here).
CREATE TABLE contribution (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id       BIGINT       NOT NULL,
    month           DATE         NOT NULL,
    amount          INT          NOT NULL,
    computed_amount INT          NOT NULL,
    override_reason VARCHAR(200) NULL,
    paid_on         DATE         NOT NULL,
    payer           VARCHAR(6)   NOT NULL,
    payer_mou_id    BIGINT       NULL,
    payer_agent_id  BIGINT       NULL,
    created_at      DATETIME     NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    -- one payment per worker and month; also the index of a worker's months and of exports by worker
    CONSTRAINT uq_contribution_worker_month UNIQUE (worker_id, month),
    CONSTRAINT ck_contribution_first_day CHECK (DAYOFMONTH(month) = 1),
    CONSTRAINT ck_contribution_amount CHECK (amount > 0 AND computed_amount > 0),
    CONSTRAINT ck_contribution_reason CHECK (amount = computed_amount OR override_reason IS NOT NULL),
    CONSTRAINT ck_contribution_payer CHECK (
        (payer = 'WORKER' AND payer_mou_id IS NULL AND payer_agent_id IS NULL)
        OR (payer = 'MOU' AND payer_mou_id IS NOT NULL AND payer_agent_id IS NULL)
        OR (payer = 'AGENT' AND payer_agent_id IS NOT NULL AND payer_mou_id IS NULL)),
    CONSTRAINT fk_contribution_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_contribution_mou FOREIGN KEY (payer_mou_id) REFERENCES mou (id),
    CONSTRAINT fk_contribution_agent FOREIGN KEY (payer_agent_id) REFERENCES agent (id),
    -- an agent's collections (and commission) over a period of payment dates
    INDEX ix_contribution_agent_paid (payer_agent_id, paid_on),
    -- what a MoU paid, by month (subsidy bills)
    INDEX ix_contribution_mou_month (payer_mou_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
