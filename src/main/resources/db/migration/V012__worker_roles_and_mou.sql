-- A worker who is the village head or on the village staff counts for the Desa Sadar criteria;
-- a worker funded by an MoU points at it (the partner table exists from V009).
ALTER TABLE worker
    ADD COLUMN village_role VARCHAR(14) NULL AFTER village_code,
    ADD CONSTRAINT ck_worker_village_role CHECK (village_role IN ('KEPALA_DESA', 'PERANGKAT_DESA')),
    ADD CONSTRAINT fk_worker_mou FOREIGN KEY (mou_id) REFERENCES mou (id);
