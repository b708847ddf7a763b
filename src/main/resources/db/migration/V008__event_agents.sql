-- The Perisai agents taking part in an event.
CREATE TABLE outreach_event_agent (
    event_id BIGINT NOT NULL,
    agent_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, agent_id),
    CONSTRAINT fk_event_agent_event FOREIGN KEY (event_id) REFERENCES outreach_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_agent_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
