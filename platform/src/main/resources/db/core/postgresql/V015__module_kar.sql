-- As db/core/V015: PostgreSQL keeps bytes in BYTEA, not BLOB.
CREATE TABLE braid_module_kar (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    kar BYTEA,
    sha256 CHAR(64),
    changed_at TIMESTAMP NOT NULL
);
