-- Organizations that have closed: they keep their records and history, and leave the lists.
CREATE TABLE organization_closure (
    org_id    CHAR(36)     NOT NULL PRIMARY KEY REFERENCES organization (id),
    closed_at TIMESTAMP    NOT NULL,
    closed_by VARCHAR(100)
);
