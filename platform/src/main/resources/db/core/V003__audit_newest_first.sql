-- The audit trail is read newest first, a page at a time: an index in that order lets a page be
-- read without sorting the whole trail (which on a large trail spilled gigabytes of sort files).
CREATE INDEX braid_audit_newest ON braid_audit (id DESC);
