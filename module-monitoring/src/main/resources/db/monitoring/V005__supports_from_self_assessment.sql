-- A district's inventory of the supports it gives its schools (seed 002, its process self-assessment) feeds the
-- catalog: such an entry is marked with its origin, so it is kept in step with the inventory and never added twice.
ALTER TABLE monitoring_support ADD COLUMN origin VARCHAR(30);
CREATE INDEX monitoring_support_origin ON monitoring_support (provider_org_id, origin);
