-- Visit plans (issue 11): a coordinator's day or week of visits in route order. Saving a plan creates one planned
-- outreach event per stop (event_id); a revision moves, adds or cancels those events. A stop with fixed = TRUE is an
-- event planned before (an appointment the route kept at its time), not created by the plan. Lengths are shared with
-- VisitPlan and the planner's form.
CREATE TABLE visit_plan (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title       VARCHAR(150) NOT NULL,
    officer     VARCHAR(60)  NOT NULL,
    planned_by  VARCHAR(60)  NOT NULL,
    first_day   DATE         NOT NULL,
    last_day    DATE         NOT NULL,
    day_start   TIME         NOT NULL,
    day_end     TIME         NOT NULL,
    start_label VARCHAR(150) NOT NULL,
    start_lat   DOUBLE       NOT NULL,
    start_lng   DOUBLE       NOT NULL,
    total_km    DOUBLE       NOT NULL DEFAULT 0,
    created_at  DATETIME     NOT NULL,
    updated_at  DATETIME     NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_plan_days CHECK (last_day >= first_day),
    CONSTRAINT ck_plan_hours CHECK (day_end > day_start),
    INDEX ix_plan_officer (officer, first_day),
    INDEX ix_plan_first_day (first_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_plan_agent (
    plan_id  BIGINT NOT NULL,
    agent_id BIGINT NOT NULL,
    PRIMARY KEY (plan_id, agent_id),
    CONSTRAINT fk_plan_agent_plan FOREIGN KEY (plan_id) REFERENCES visit_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_agent_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_plan_stop (
    plan_id       BIGINT      NOT NULL,
    position      INT         NOT NULL,
    village_code  VARCHAR(13) NOT NULL,
    arrival       DATETIME    NOT NULL,
    departure     DATETIME    NOT NULL,
    leg_km        DOUBLE      NOT NULL DEFAULT 0,
    locked        BOOLEAN     NOT NULL DEFAULT FALSE,
    fixed         BOOLEAN     NOT NULL DEFAULT FALSE,
    event_id      BIGINT      NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT ck_plan_stop_times CHECK (departure > arrival),
    CONSTRAINT fk_plan_stop_plan FOREIGN KEY (plan_id) REFERENCES visit_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_stop_village FOREIGN KEY (village_code) REFERENCES area (code),
    CONSTRAINT fk_plan_stop_event FOREIGN KEY (event_id) REFERENCES outreach_event (id),
    INDEX ix_plan_stop_village (village_code),
    INDEX ix_plan_stop_event (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A planner asks for every booking of an officer in the plan's days (a clash is named, not saved).
CREATE INDEX ix_event_officer ON outreach_event (officer, planned_start);
