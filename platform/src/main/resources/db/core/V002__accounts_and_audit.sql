-- Accounts, their roles and (for coaches) assigned organizations; sessions; the audit trail.
CREATE TABLE braid_user (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    display_name  VARCHAR(200),
    password_hash VARCHAR(200) NOT NULL,
    org_id        CHAR(36)     REFERENCES organization (id),
    disabled      BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE braid_user_role (
    user_id CHAR(36)    NOT NULL REFERENCES braid_user (id) ON DELETE CASCADE,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE braid_user_assignment (
    user_id CHAR(36) NOT NULL REFERENCES braid_user (id) ON DELETE CASCADE,
    org_id  CHAR(36) NOT NULL REFERENCES organization (id),
    PRIMARY KEY (user_id, org_id)
);

-- Only the SHA-256 of a session token is stored.
CREATE TABLE braid_session (
    token_hash CHAR(64)  NOT NULL PRIMARY KEY,
    user_id    CHAR(36)  NOT NULL REFERENCES braid_user (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX braid_session_user ON braid_session (user_id);

CREATE TABLE braid_audit (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at  TIMESTAMP      NOT NULL,
    user_id     CHAR(36),
    username    VARCHAR(64),
    org_id      CHAR(36),
    operation   VARCHAR(300)   NOT NULL,
    path        VARCHAR(1000)  NOT NULL,
    record_id   VARCHAR(200),
    before_json VARCHAR(32000),
    after_json  VARCHAR(32000)
);
CREATE INDEX braid_audit_org ON braid_audit (org_id, changed_at);
CREATE INDEX braid_audit_at ON braid_audit (changed_at);
