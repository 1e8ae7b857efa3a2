-- The SFSS action plan's fields that Tool A lacks, kept on plan elements by element id (planning's tables are not
-- touched): a challenge's description, supporting data and target outcomes (on a priority area), a strategy's
-- description (on a strategy), a key implementation step's by when and by who (on an action).
CREATE TABLE sfss_element (
  element_id VARCHAR(36) NOT NULL PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  description VARCHAR(4000),
  supporting_data VARCHAR(4000),
  target_outcomes VARCHAR(4000),
  by_when VARCHAR(100),
  by_who VARCHAR(200)
);
-- a challenge's root causes A-D (position 0..3)
CREATE TABLE sfss_root_cause (
  element_id VARCHAR(36) NOT NULL,
  position INTEGER NOT NULL,
  cause VARCHAR(2000) NOT NULL,
  PRIMARY KEY (element_id, position)
);
-- the Five SFSS Priorities a strategy connects to
CREATE TABLE sfss_priority (
  element_id VARCHAR(36) NOT NULL,
  code VARCHAR(8) NOT NULL,
  PRIMARY KEY (element_id, code)
);
-- Section 2 of a plan: resource alignment and infrastructure/system management, versioned as one record
CREATE TABLE sfss_section_two (
  plan_id VARCHAR(36) NOT NULL PRIMARY KEY,
  resource_alignment VARCHAR(4000),
  infrastructure VARCHAR(4000),
  version BIGINT NOT NULL
);
-- its Four R's rows (and partner roles): part is rules, roles, relationships, resources or partners; the three texts
-- are the part's three columns in the template; cost only for resources
CREATE TABLE sfss_four_r (
  plan_id VARCHAR(36) NOT NULL REFERENCES sfss_section_two (plan_id),
  part VARCHAR(16) NOT NULL,
  position INTEGER NOT NULL,
  text_a VARCHAR(2000),
  text_b VARCHAR(2000),
  text_c VARCHAR(2000),
  cost DECIMAL(14, 2),
  PRIMARY KEY (plan_id, part, position)
);
