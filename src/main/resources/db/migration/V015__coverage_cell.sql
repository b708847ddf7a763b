-- The coverage store (decision 009): one row per area, month and funding MoU, at every level of the hierarchy
-- (nation '' = level 0, province 1, regency 2, district 3, village 4), so that a roll-up reads a few rows of its own
-- level instead of summing villages. Flows (reached, new enrollments, payments, events) are the month's own; stocks
-- (enrolled, active, active agents) are stored as their changes in the month, and the stock of month m is the sum of
-- the changes up to m: a payment or an enrolment touches one or two months, and the passage of time needs no job
-- (a lapse is a -1 already stored in the month it happens). Non-active = enrolled - active.
-- mou_id 0: not funded by a MoU; a partner's figures are the sum over its own MoU ids. Reach, events and agents are
-- stored with mou_id 0 only.
CREATE TABLE coverage_cell (
    level           TINYINT     NOT NULL,
    area_code       VARCHAR(13) NOT NULL,
    month           DATE        NOT NULL,
    mou_id          BIGINT      NOT NULL DEFAULT 0,
    reached         BIGINT      NOT NULL DEFAULT 0,
    new_enrollments BIGINT      NOT NULL DEFAULT 0,
    enrolled_change BIGINT      NOT NULL DEFAULT 0,
    active_change   BIGINT      NOT NULL DEFAULT 0,
    paid_by_worker  BIGINT      NOT NULL DEFAULT 0,
    paid_by_mou     BIGINT      NOT NULL DEFAULT 0,
    paid_by_agent   BIGINT      NOT NULL DEFAULT 0,
    events_held     BIGINT      NOT NULL DEFAULT 0,
    agents_change   BIGINT      NOT NULL DEFAULT 0,
    -- enrolled_change of the workers of villages with a recorded outreach potential (the share of potential enrolled
    -- compares like with like); moved in or out when a village's potential is recorded or cleared
    potential_enrolled_change BIGINT NOT NULL DEFAULT 0,
    -- one area: (level, code) and a month range; the children of an area: (level + 1, code LIKE 'parent.%')
    PRIMARY KEY (level, area_code, month, mou_id),
    CONSTRAINT ck_coverage_first_day CHECK (DAYOFMONTH(month) = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The recorded outreach potential (village_profile.potential > 0) summed per area at every level, kept when a
-- potential changes (territory's VillagePotentialChanged event).
CREATE TABLE coverage_potential (
    level     TINYINT     NOT NULL,
    area_code VARCHAR(13) NOT NULL,
    potential BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (level, area_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An agent's acquisitions as the agent rule needs them: how many workers they brought in per "sign day" (the 1st of
-- a month, or the 2nd standing for any later day: three months of activity from either end in the same month), so
-- that an agent's months of activity are computed from a few rows instead of all their workers.
CREATE TABLE coverage_agent_sign (
    agent_id     BIGINT NOT NULL,
    sign_day     DATE   NOT NULL,
    acquisitions BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (agent_id, sign_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
