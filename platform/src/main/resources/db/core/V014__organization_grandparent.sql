-- Each organization keeps its parent's parent: "under this organization" (a user's scope, the three levels of the
-- network) is then three plain conditions on the row. A state user's list of schools read the state's 1,200 districts
-- in a subquery on every request to know which schools sit under them.
ALTER TABLE organization ADD COLUMN grandparent_id CHAR(36);
UPDATE organization SET grandparent_id = (SELECT p.parent_id FROM organization p WHERE p.id = organization.parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX organization_list_grandparent ON organization (grandparent_id, name, id, org_type, parent_id, nces_id);
