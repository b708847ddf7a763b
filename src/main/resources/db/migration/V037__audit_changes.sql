-- Who changed what (issue 12 item 10, docs/decisions/018-change-audit.md): one row per changed record and
-- transaction, with the changed fields before and after. Beside audit_event (who read what), append-only like it.
CREATE TABLE audit_change (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at        DATETIME(3)  NOT NULL,
    username  VARCHAR(60)  NOT NULL,
    kind      VARCHAR(30)  NOT NULL,
    record_id VARCHAR(40)  NOT NULL,
    operation VARCHAR(10)  NOT NULL,
    -- [{"field": "...", "before": "...", "after": "..."}], text values; a bulk import run: its file and counts
    changes   LONGTEXT     NOT NULL CHECK (JSON_VALID(changes)),
    INDEX ix_audit_change_at (at),
    INDEX ix_audit_change_user (username, at),
    INDEX ix_audit_change_record (kind, record_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a record's history lists the reads of it too (subject "worker 12")
ALTER TABLE audit_event ADD INDEX ix_audit_subject (subject(100), at);

-- The trail is append-only for the application: any UPDATE or DELETE of a row fails, whatever code path tries it.
-- (TRUNCATE and DROP are DDL, outside the application's statements; a test database is emptied that way.)
CREATE TRIGGER audit_change_no_update BEFORE UPDATE ON audit_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_change is append-only: rows cannot be changed';
CREATE TRIGGER audit_change_no_delete BEFORE DELETE ON audit_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_change is append-only: rows cannot be deleted';
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: rows cannot be changed';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: rows cannot be deleted';
