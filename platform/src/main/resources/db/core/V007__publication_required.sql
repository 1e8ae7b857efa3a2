-- States that require every organization under them to publish its progress page.
CREATE TABLE braid_publication_required (
    sea_id      CHAR(36)     NOT NULL PRIMARY KEY,
    required_at TIMESTAMP    NOT NULL,
    required_by VARCHAR(100)
);
