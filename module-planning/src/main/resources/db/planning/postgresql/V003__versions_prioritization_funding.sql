-- PostgreSQL has no CLOB: its unbounded TEXT holds the snapshot; otherwise the same as ../V003.
-- A submitted plan's snapshot (the numbered tree as JSON), numbered 1, 2, ... per plan.
CREATE TABLE planning_version (
    plan_id      CHAR(36)      NOT NULL REFERENCES planning_plan (id) ON DELETE CASCADE,
    version_no   INTEGER       NOT NULL,
    submitted    TIMESTAMP     NOT NULL,
    submitted_by VARCHAR(200)  NOT NULL,
    document     TEXT          NOT NULL,
    PRIMARY KEY (plan_id, version_no)
);
-- Sign-off of a submitted version by a named role (principal, superintendent, board chair, ...).
CREATE TABLE planning_signoff (
    plan_id      CHAR(36)      NOT NULL,
    version_no   INTEGER       NOT NULL,
    role_name    VARCHAR(100)  NOT NULL,
    signer_name  VARCHAR(200)  NOT NULL,
    signed_by    VARCHAR(200)  NOT NULL,
    signed       TIMESTAMP     NOT NULL,
    approves     SMALLINT      NOT NULL,
    PRIMARY KEY (plan_id, version_no, role_name),
    FOREIGN KEY (plan_id, version_no) REFERENCES planning_version (plan_id, version_no) ON DELETE CASCADE
);
-- Candidate strategies weighed with the prioritization questions (seed 000, step 4) before they go in.
CREATE TABLE planning_candidate (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    plan_id      CHAR(36)      NOT NULL REFERENCES planning_plan (id) ON DELETE CASCADE,
    title        VARCHAR(500)  NOT NULL,
    description  VARCHAR(4000),
    answers      VARCHAR(16000) NOT NULL,
    candidate_rank INTEGER,
    strategy_id  CHAR(36),
    version      BIGINT        NOT NULL
);
CREATE INDEX planning_candidate_plan ON planning_candidate (plan_id);
-- Existing initiatives marked to retire, with the funds they free (seed 000, step 5).
CREATE TABLE planning_retirement (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    plan_id        CHAR(36)      NOT NULL REFERENCES planning_plan (id) ON DELETE CASCADE,
    initiative     VARCHAR(500)  NOT NULL,
    freed_amount   DECIMAL(14, 2),
    funding_source VARCHAR(200),
    reason         VARCHAR(2000),
    version        BIGINT        NOT NULL
);
CREATE INDEX planning_retirement_plan ON planning_retirement (plan_id);
