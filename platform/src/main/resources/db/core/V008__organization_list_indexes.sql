-- Lists of organizations page by name: by level (all schools of a state) and by parent (a district's schools), each
-- read in order from its index instead of sorting the table, and counted from the index alone.
CREATE INDEX organization_type_name ON organization (org_type, name, id);
CREATE INDEX organization_parent_name ON organization (parent_id, name, id);
