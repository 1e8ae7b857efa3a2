-- Codes keep the coding framework they were given in: an organization may change its framework, and a newer version
-- of a framework pack may drop a code. Codes stored before this knew only the Four Domains.
ALTER TABLE planning_strategy ADD COLUMN framework_id VARCHAR(100);
ALTER TABLE planning_milestone ADD COLUMN framework_id VARCHAR(100);
ALTER TABLE planning_action ADD COLUMN framework_id VARCHAR(100);
UPDATE planning_strategy SET framework_id = 'four-domains';
UPDATE planning_milestone SET framework_id = 'four-domains';
UPDATE planning_action SET framework_id = 'four-domains';
