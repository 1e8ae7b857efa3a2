-- The users of an organization, in name order, and the coaches assigned to it (Derby indexes a foreign key by itself;
-- PostgreSQL does not).
CREATE INDEX braid_user_org ON braid_user (org_id, username);
CREATE INDEX braid_user_assignment_org ON braid_user_assignment (org_id);
