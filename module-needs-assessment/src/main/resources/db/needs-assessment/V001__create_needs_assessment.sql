-- A needs assessment per organization and school year; its parts (data reviews, trends, SWOT items,
-- why-chains, fishbones, root causes, priority areas) are rows of na_element, kept as JSON.
CREATE TABLE na_assessment (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  org_id VARCHAR(36) NOT NULL,
  school_year VARCHAR(7) NOT NULL,
  scope VARCHAR(20) NOT NULL,
  focus VARCHAR(500),
  version BIGINT NOT NULL
);
CREATE INDEX na_assessment_org ON na_assessment (org_id, school_year);
CREATE TABLE na_element (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  assessment_id VARCHAR(36) NOT NULL REFERENCES na_assessment (id),
  kind VARCHAR(20) NOT NULL,
  seq INTEGER NOT NULL,
  body VARCHAR(32000) NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX na_element_assessment ON na_element (assessment_id, kind, seq);
-- one-time events of this module, e.g. that the demo data was loaded
CREATE TABLE na_setting (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  setting_value VARCHAR(200) NOT NULL
);
