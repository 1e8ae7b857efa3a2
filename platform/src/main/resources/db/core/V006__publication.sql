-- Organizations whose progress page anyone may read without signing in (published by their leaders).
CREATE TABLE braid_publication (
    org_id       CHAR(36)     NOT NULL PRIMARY KEY,
    published_at TIMESTAMP    NOT NULL,
    published_by VARCHAR(100)
);
