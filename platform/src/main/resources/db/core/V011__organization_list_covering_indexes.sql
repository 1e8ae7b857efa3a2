-- A page of organizations is read in two steps: the ids of the page, in name order, then those rows. The ids come from
-- an index that holds every column the lists filter on (level, parent, name, NCES id), so the database walks the index
-- in order and stops after the page, reading no table row and sorting nothing (Derby's optimizer does not weigh FETCH
-- FIRST, and with the table's other columns to read it sorted the whole level). The count reads the same index.
DROP INDEX organization_type_name;
DROP INDEX organization_parent_name;
CREATE INDEX organization_list_type ON organization (org_type, name, id, parent_id, nces_id);
CREATE INDEX organization_list_parent ON organization (parent_id, name, id, org_type, nces_id);
CREATE INDEX organization_list_name ON organization (name, id, org_type, parent_id, nces_id);
