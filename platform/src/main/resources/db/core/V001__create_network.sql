-- The Strategic Performance Network: organizations and their direction.
-- Portable SQL: the same script runs on Derby and PostgreSQL.
CREATE TABLE organization (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    org_type    VARCHAR(8)   NOT NULL,
    name        VARCHAR(200) NOT NULL,
    parent_id   CHAR(36)     REFERENCES organization (id),
    nces_id     VARCHAR(12)  UNIQUE,
    essa_status VARCHAR(8)   NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX organization_parent ON organization (parent_id);
CREATE INDEX organization_name ON organization (name);

CREATE TABLE direction (
    org_id  CHAR(36)      NOT NULL PRIMARY KEY REFERENCES organization (id),
    vision  VARCHAR(4000),
    mission VARCHAR(4000),
    purpose VARCHAR(4000),
    version BIGINT        NOT NULL
);

CREATE TABLE glossary_term (
    org_id     CHAR(36)      NOT NULL REFERENCES organization (id),
    position   INT           NOT NULL,
    term       VARCHAR(200)  NOT NULL,
    definition VARCHAR(2000) NOT NULL,
    PRIMARY KEY (org_id, position)
);

CREATE TABLE goal (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    org_id      CHAR(36)      NOT NULL REFERENCES organization (id),
    position    INT           NOT NULL,
    statement   VARCHAR(1000) NOT NULL,
    explanation VARCHAR(4000)
);
CREATE INDEX goal_org ON goal (org_id);

CREATE TABLE goal_measure (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    goal_id     CHAR(36)     NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    indicator_text VARCHAR(500) NOT NULL,
    data_source VARCHAR(500) NOT NULL,
    baseline    VARCHAR(200) NOT NULL
);
CREATE INDEX goal_measure_goal ON goal_measure (goal_id);

CREATE TABLE goal_target (
    measure_id  CHAR(36)     NOT NULL REFERENCES goal_measure (id) ON DELETE CASCADE,
    school_year CHAR(7)      NOT NULL,
    target      VARCHAR(200) NOT NULL,
    PRIMARY KEY (measure_id, school_year)
);

-- Which modules an administrator turned off; absent means on.
CREATE TABLE braid_module (
    id      VARCHAR(64) NOT NULL PRIMARY KEY,
    enabled BOOLEAN     NOT NULL
);

-- One-off facts about this data directory, e.g. whether the demo state was offered.
CREATE TABLE braid_setting (
    name  VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL
);
