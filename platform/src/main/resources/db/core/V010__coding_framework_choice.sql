-- The network's settings an administrator chooses, in one row every node reads: the coding framework plans are coded
-- to (NULL: the configuration's, else the first installed) and whether districts may choose their own.
CREATE TABLE braid_settings (
    id                   INTEGER      NOT NULL PRIMARY KEY,
    coding_framework     VARCHAR(100),
    districts_may_choose BOOLEAN      NOT NULL,
    version              BIGINT       NOT NULL
);
INSERT INTO braid_settings (id, coding_framework, districts_may_choose, version) VALUES (1, NULL, FALSE, 0);

-- A district's own coding framework, where the state allows districts to choose; its schools follow it.
CREATE TABLE organization_framework (
    org_id       CHAR(36)     NOT NULL PRIMARY KEY REFERENCES organization (id),
    framework_id VARCHAR(100) NOT NULL
);
