-- Responsive supports (seed 001: "interlaced data are used to provide responsive supports"): a catalog of what the
-- state or a district offers, coded to the practices it addresses, and the assignments of a support to a school or
-- district that asked for it, with the plan elements it is meant to move. The SEA of the provider and of the
-- organization served are kept so that a state-wide list is one index range.
CREATE TABLE monitoring_support (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    provider_org_id CHAR(36)  NOT NULL,
    sea_id      CHAR(36)      NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(8000),
    provider    VARCHAR(200),
    format      VARCHAR(30)   NOT NULL,
    codes       VARCHAR(1000) NOT NULL,
    capacity    INTEGER,
    contact     VARCHAR(500),
    version     BIGINT        NOT NULL
);
CREATE INDEX monitoring_support_sea ON monitoring_support (sea_id);
CREATE INDEX monitoring_support_provider ON monitoring_support (provider_org_id);

CREATE TABLE monitoring_support_assignment (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    support_id  CHAR(36)      NOT NULL REFERENCES monitoring_support (id),
    org_id      CHAR(36)      NOT NULL,
    district_id CHAR(36)      NOT NULL,
    sea_id      CHAR(36)      NOT NULL,
    element_ids VARCHAR(4000) NOT NULL,
    item_ids    VARCHAR(32000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    start_date  DATE          NOT NULL,
    end_date    DATE,
    staff       VARCHAR(500),
    note        VARCHAR(4000),
    requested_by VARCHAR(100),
    requested_at TIMESTAMP    NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX monitoring_support_assignment_support ON monitoring_support_assignment (support_id);
CREATE INDEX monitoring_support_assignment_org ON monitoring_support_assignment (org_id);
CREATE INDEX monitoring_support_assignment_district ON monitoring_support_assignment (district_id);
CREATE INDEX monitoring_support_assignment_sea ON monitoring_support_assignment (sea_id);
