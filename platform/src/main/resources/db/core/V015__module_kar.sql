-- The KAR of each module installed over HTTP, so every node installs it (a node that starts later too), and its
-- removal, so every node uninstalls it. A removed module keeps its row without its file until it is installed again.
CREATE TABLE braid_module_kar (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    kar BLOB(64M),
    sha256 CHAR(64),
    changed_at TIMESTAMP NOT NULL
);
