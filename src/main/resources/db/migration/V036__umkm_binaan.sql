-- UMKM binaan of company partners (issue 12 item 6, docs/decisions/017-umkm-binaan.md): a work site of type
-- UMKM_BINAAN linked to its company, with the owner and address of the company's list, and the key that makes a
-- re-import of the same list update its rows instead of adding them: 'k:' + the company's own UMKM code when the
-- file has one, else 'n:' + village code + ':' + the name in lower case. Other sites leave all four empty.
ALTER TABLE site
    ADD COLUMN partner_id  BIGINT       NULL,
    ADD COLUMN owner_name  VARCHAR(150) NULL,
    ADD COLUMN address     VARCHAR(255) NULL,
    ADD COLUMN partner_key VARCHAR(200) NULL,
    ADD CONSTRAINT fk_site_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    -- the re-import's look-up; NULLs (sites of no company) never collide
    ADD CONSTRAINT uq_site_partner_key UNIQUE (partner_id, partner_key),
    -- a company's UMKM page by page in name order (then village, then id: the index's own order, InnoDB appends the
    -- id), cut to an area or scope from the index alone; and its figures per district and regency
    ADD INDEX ix_site_partner_name (partner_id, name, village_code),
    ADD INDEX ix_site_partner_village (partner_id, village_code);

-- Enrolled and active workers per UMKM from the index alone (no row look-ups for 500,000 workers of one company);
-- it replaces ix_worker_site, whose column it starts with (the foreign key keeps an index).
CREATE INDEX ix_worker_site_paid ON worker (site_id, paid_through);
DROP INDEX ix_worker_site ON worker;
