-- An LEA self-reflection (Tool C) per district and school year, its team, each member's private ratings and the
-- lead's consensus per element; and the LEA process self-assessment (seed 002), one document per district and year.
CREATE TABLE sa_reflection (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  org_id VARCHAR(36) NOT NULL,
  school_year VARCHAR(7) NOT NULL,
  lead_user_id VARCHAR(36) NOT NULL,
  status VARCHAR(10) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT sa_reflection_year UNIQUE (org_id, school_year)
);
CREATE TABLE sa_team_member (
  reflection_id VARCHAR(36) NOT NULL REFERENCES sa_reflection (id),
  user_id VARCHAR(36) NOT NULL,
  PRIMARY KEY (reflection_id, user_id)
);
-- rater is the member's user id; ratings carried over by an import have no rater to name and get a placeholder
CREATE TABLE sa_rating (
  reflection_id VARCHAR(36) NOT NULL REFERENCES sa_reflection (id),
  element_code VARCHAR(8) NOT NULL,
  rater VARCHAR(48) NOT NULL,
  rating_level INTEGER NOT NULL,
  evidence VARCHAR(4000),
  notes VARCHAR(4000),
  version BIGINT NOT NULL,
  PRIMARY KEY (reflection_id, element_code, rater)
);
CREATE TABLE sa_consensus (
  reflection_id VARCHAR(36) NOT NULL REFERENCES sa_reflection (id),
  element_code VARCHAR(8) NOT NULL,
  consensus_level INTEGER NOT NULL,
  notes VARCHAR(4000),
  version BIGINT NOT NULL,
  PRIMARY KEY (reflection_id, element_code)
);
CREATE TABLE sa_process_assessment (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  org_id VARCHAR(36) NOT NULL,
  school_year VARCHAR(7) NOT NULL,
  body VARCHAR(32000) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT sa_process_year UNIQUE (org_id, school_year)
);
-- one-time events of this module, e.g. that the demo data was loaded
CREATE TABLE sa_setting (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  setting_value VARCHAR(200) NOT NULL
);
