-- Visit planning, part 1 (issue 11): the priority weights, office locations, and an index for the
-- designation criteria read in bulk.

-- An office's location: the start of its officers' visits and the point "distance from the office" is measured
-- from. Null until an administrator records it (never guessed); checked against Indonesia's box (decision 001).
ALTER TABLE office
    ADD COLUMN lat DOUBLE NULL,
    ADD COLUMN lng DOUBLE NULL,
    ADD CONSTRAINT ck_office_location CHECK ((lat IS NULL) = (lng IS NULL));

-- The demo offices (territory/DemoOffices) at their towns; other databases have no such codes and keep null.
UPDATE office SET lat = -2.9761, lng = 104.7754 WHERE code IN ('KW-SUMBAGSEL', 'KC-PALEMBANG') AND lat IS NULL;
UPDATE office SET lat = -7.2575, lng = 112.7521 WHERE code = 'KW-JATIM' AND lat IS NULL;
UPDATE office SET lat = -7.3207, lng = 112.7681 WHERE code = 'KC-SURABAYA' AND lat IS NULL;
UPDATE office SET lat = -7.1502, lng = 111.8817 WHERE code = 'KCP-BOJONEGORO' AND lat IS NULL;

-- The weights of the visit priority score (planning/PriorityService; defaults in README "Visit priority"). One row:
-- the weights are edited together, and its version refuses the second of two administrators saving at once.
CREATE TABLE priority_weights (
    id               TINYINT NOT NULL PRIMARY KEY,
    unreached        DOUBLE  NOT NULL,
    lapsed           DOUBLE  NOT NULL,
    since_last_event DOUBLE  NOT NULL,
    unmet_criteria   DOUBLE  NOT NULL,
    work_sites       DOUBLE  NOT NULL,
    near_office      DOUBLE  NOT NULL,
    version          BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT ck_priority_weights_one_row CHECK (id = 1),
    CONSTRAINT ck_priority_weights_non_negative CHECK (unreached >= 0 AND lapsed >= 0 AND since_last_event >= 0
        AND unmet_criteria >= 0 AND work_sites >= 0 AND near_office >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO priority_weights (id, unreached, lapsed, since_last_event, unmet_criteria, work_sites, near_office)
VALUES (1, 30, 25, 15, 15, 10, 5);

-- "Village head enrolled" and "village staff enrolled" for all villages of a regency at once: the few workers with a
-- village role, found by an index range instead of reading every worker of the regency.
ALTER TABLE worker ADD INDEX ix_worker_village_role (village_role, village_code);
