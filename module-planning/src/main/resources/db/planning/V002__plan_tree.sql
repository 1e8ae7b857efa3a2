-- The Tool A tree: priority areas > strategies > strategy measures and milestones > actions.
-- Numbers (1, 1.1, 1.1.1, 1.1.1.1) are derived from position among siblings, never stored.
-- plan_id is kept on every row so a whole plan reads in one query per table.
CREATE TABLE planning_priority_area (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    plan_id     CHAR(36)      NOT NULL REFERENCES planning_plan (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    title       VARCHAR(500)  NOT NULL,
    description VARCHAR(4000),
    version     BIGINT        NOT NULL
);
CREATE INDEX planning_priority_area_plan ON planning_priority_area (plan_id);
CREATE TABLE planning_strategy (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    plan_id     CHAR(36)      NOT NULL,
    area_id     CHAR(36)      NOT NULL REFERENCES planning_priority_area (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    if_part     VARCHAR(2000) NOT NULL,
    then_part   VARCHAR(2000) NOT NULL,
    and_part    VARCHAR(2000) NOT NULL,
    codes       VARCHAR(1000) NOT NULL,
    start_year  CHAR(7)       NOT NULL,
    end_year    CHAR(7)       NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX planning_strategy_plan ON planning_strategy (plan_id);
-- Which goals (of the organization or of an organization above it: loose-tight) a strategy serves.
CREATE TABLE planning_strategy_goal (
    strategy_id CHAR(36)      NOT NULL REFERENCES planning_strategy (id) ON DELETE CASCADE,
    goal_id     CHAR(36)      NOT NULL,
    position    INTEGER       NOT NULL,
    PRIMARY KEY (strategy_id, goal_id)
);
CREATE INDEX planning_strategy_goal_goal ON planning_strategy_goal (goal_id);
CREATE TABLE planning_strategy_measure (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    plan_id     CHAR(36)      NOT NULL,
    strategy_id CHAR(36)      NOT NULL REFERENCES planning_strategy (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    indicator_text VARCHAR(1000) NOT NULL,
    data_source VARCHAR(500),
    baseline    VARCHAR(200),
    targets     VARCHAR(2000) NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX planning_strategy_measure_plan ON planning_strategy_measure (plan_id);
CREATE TABLE planning_milestone (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    plan_id     CHAR(36)      NOT NULL,
    strategy_id CHAR(36)      NOT NULL REFERENCES planning_strategy (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    description VARCHAR(2000) NOT NULL,
    due_date    DATE,
    codes       VARCHAR(1000) NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX planning_milestone_plan ON planning_milestone (plan_id);
CREATE TABLE planning_action (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    plan_id        CHAR(36)      NOT NULL,
    milestone_id   CHAR(36)      NOT NULL REFERENCES planning_milestone (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    owner_name     VARCHAR(200),
    collaborators  VARCHAR(2000) NOT NULL,
    start_date     DATE,
    due_date       DATE,
    resources      VARCHAR(2000),
    budget         DECIMAL(14, 2),
    funding_source VARCHAR(200),
    outputs        VARCHAR(4000) NOT NULL,
    codes          VARCHAR(1000) NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX planning_action_plan ON planning_action (plan_id);
-- Demo data loaded once per store, so deleting the demo plans does not bring them back.
CREATE TABLE planning_demo (
    name        VARCHAR(100)  NOT NULL PRIMARY KEY,
    loaded      TIMESTAMP     NOT NULL
);
