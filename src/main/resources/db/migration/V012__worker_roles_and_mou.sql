-- A worker who is the village head or on the village staff counts for the Desa Sadar criteria;
-- a worker funded by an MoU points at it (the partner table exists from V009).
ALTER TABLE worker
    ADD COLUMN village_role VARCHAR(14) NULL AFTER village_code,
    ADD CONSTRAINT ck_worker_village_role CHECK (village_role IN ('KEPALA_DESA', 'PERANGKAT_DESA')),
    ADD CONSTRAINT fk_worker_mou FOREIGN KEY (mou_id) REFERENCES mou (id);

-- The grid lists a filter's workers in village order (decision 007): an event's, an agent's or a MoU's workers
-- come straight from these indexes in that order instead of a scan of the village index; the village index
-- carries the paid month, so "active in scope" is answered from the index without reading the rows.
ALTER TABLE worker
    ADD INDEX ix_worker_village_paid (village_code, id, paid_through),
    ADD INDEX ix_worker_event_village (event_id, village_code),
    ADD INDEX ix_worker_agent_village (agent_id, village_code),
    ADD INDEX ix_worker_mou_village (mou_id, village_code);
ALTER TABLE worker
    DROP INDEX ix_worker_village,
    DROP INDEX ix_worker_event,
    DROP INDEX ix_worker_agent,
    DROP INDEX ix_worker_mou;
