-- Who read what: partners' reads of workers' personal data (DESIGN.md §5), kept apart from the data itself.
CREATE TABLE audit_event (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at       DATETIME     NOT NULL,
    username VARCHAR(60)  NOT NULL,
    action   VARCHAR(40)  NOT NULL,
    subject  VARCHAR(500) NOT NULL,
    INDEX ix_audit_user (username, at),
    INDEX ix_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
