-- Each organization keeps its parent's parent: "under this organization" (a user's scope, the three levels of the
-- network) is then three plain conditions on the row. A state user's list of schools read the state's 1,200 districts
-- in a subquery on every request to know which schools sit under them. The list indexes take the column too, so a
-- scoped page is still read from the index alone, in name order, stopping after the page.
ALTER TABLE organization ADD COLUMN grandparent_id CHAR(36);
UPDATE organization SET grandparent_id = (SELECT p.parent_id FROM organization p WHERE p.id = organization.parent_id) WHERE parent_id IS NOT NULL;
DROP INDEX organization_list_type;
DROP INDEX organization_list_parent;
DROP INDEX organization_list_name;
CREATE INDEX organization_list_type ON organization (org_type, name, id, parent_id, nces_id, grandparent_id);
CREATE INDEX organization_list_parent ON organization (parent_id, name, id, org_type, nces_id, grandparent_id);
CREATE INDEX organization_list_name ON organization (name, id, org_type, parent_id, nces_id, grandparent_id);
CREATE INDEX organization_list_grandparent ON organization (grandparent_id, name, id, org_type, parent_id, nces_id);
