-- One improvement plan per organization per school year.
CREATE TABLE planning_plan (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    org_id      CHAR(36)    NOT NULL REFERENCES organization (id),
    school_year CHAR(7)     NOT NULL,
    status      VARCHAR(16) NOT NULL,
    version     BIGINT      NOT NULL,
    UNIQUE (org_id, school_year)
);
