-- A coach's (or district or state staff's) comment on a record of an organization: a direction, a goal, an
-- assessment part, a plan element, a status report, an adjustment. The record is named by its id only, so comments
-- outlive the module that owns the record; every comment of a record names the same organization.
CREATE TABLE coaching_comment (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  org_id VARCHAR(36) NOT NULL,
  record_id VARCHAR(100) NOT NULL,
  record_kind VARCHAR(30) NOT NULL,
  body VARCHAR(4000) NOT NULL,
  author VARCHAR(100) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  answer VARCHAR(4000),
  answered_by VARCHAR(100),
  answered_at TIMESTAMP,
  resolved BOOLEAN NOT NULL,
  resolved_by VARCHAR(100),
  resolved_at TIMESTAMP,
  version BIGINT NOT NULL
);
CREATE INDEX coaching_comment_record ON coaching_comment (record_id);
CREATE INDEX coaching_comment_org ON coaching_comment (org_id, resolved);
-- one-time events of this module, e.g. that the demo comments were loaded
CREATE TABLE coaching_setting (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  setting_value VARCHAR(200) NOT NULL
);
