-- The actions and milestones monitoring counts, copied from planning's published API in the transaction of
-- every plan change (PlanListener), with where they sit in the network and their current status.
-- start_date is the action's start date, or the first day of the plan's school year when it has none.
-- status is the latest report's status, or NONE; is_open is 1 while the status is neither COMPLETE nor CANCELLED.
CREATE TABLE monitoring_plan (
    plan_id     CHAR(36)     NOT NULL PRIMARY KEY,
    org_id      CHAR(36)     NOT NULL,
    school_year CHAR(7)      NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX monitoring_plan_org ON monitoring_plan (org_id);
CREATE TABLE monitoring_item (
    element_id  CHAR(36)     NOT NULL PRIMARY KEY,
    plan_id     CHAR(36)     NOT NULL,
    kind        CHAR(1)      NOT NULL,
    org_id      CHAR(36)     NOT NULL,
    district_id CHAR(36)     NOT NULL,
    sea_id      CHAR(36)     NOT NULL,
    essa        VARCHAR(4)   NOT NULL,
    school_year CHAR(7)      NOT NULL,
    codes       VARCHAR(400) NOT NULL,
    start_date  DATE         NOT NULL,
    due_date    DATE,
    status      VARCHAR(12)  NOT NULL,
    is_open     SMALLINT     NOT NULL
);
CREATE INDEX monitoring_item_plan ON monitoring_item (plan_id);
CREATE INDEX monitoring_item_org ON monitoring_item (org_id, school_year);
CREATE INDEX monitoring_item_district ON monitoring_item (district_id, school_year);
-- the exact count of the current month (unreported items that started, open items that fell due), read from
-- these indexes alone: they hold every column the count groups by
CREATE INDEX monitoring_item_sea_start ON monitoring_item (sea_id, school_year, status, start_date, kind, codes, essa, district_id, org_id);
CREATE INDEX monitoring_item_sea_due ON monitoring_item (sea_id, school_year, is_open, due_date, kind, codes, essa, district_id, org_id);

-- Status reports as filed; the latest (period, then seq) is an element's current status.
CREATE TABLE monitoring_report (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    element_id  CHAR(36)      NOT NULL,
    plan_id     CHAR(36)      NOT NULL,
    org_id      CHAR(36)      NOT NULL,
    period      CHAR(7)       NOT NULL,
    seq         INTEGER       NOT NULL,
    status      VARCHAR(12)   NOT NULL,
    note        VARCHAR(4000),
    evidence    VARCHAR(2000),
    outputs     VARCHAR(32000) NOT NULL,
    spent       DECIMAL(14, 2),
    late        SMALLINT      NOT NULL,
    reported_by VARCHAR(100),
    reported_at TIMESTAMP     NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX monitoring_report_element ON monitoring_report (element_id, period, seq);
CREATE INDEX monitoring_report_plan ON monitoring_report (plan_id, period);
CREATE INDEX monitoring_report_org ON monitoring_report (org_id);

-- The kept roll-up (see the module README). One row per
--   level O: the organization owning the plan (scope_id), with its district and SEA;
--   level D: a district (or an SEA's own plan), with its SEA;
--   level S: one of 32 stripes of an SEA (scope_id = sea#stripe, the stripe chosen by the district), so the
--            state's view sums a few hundred rows and districts rarely write the same row;
-- x school year x kind (A action, M milestone) x code ('*' counts each element once) x ESSA status x measure x bucket:
--   S current status (bucket: status or NONE), U unreported by start month, O open by due month,
--   B all by start month, P reported for a month (bucket: period:status), G organizations with such elements,
--   T (level O only) elements of the organization (bucket: sea/district, so a move leaves one district for another).
CREATE TABLE monitoring_tally (
    lvl         CHAR(1)      NOT NULL,
    scope_id    VARCHAR(40)  NOT NULL,
    school_year CHAR(7)      NOT NULL,
    kind        CHAR(1)      NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    essa        VARCHAR(4)   NOT NULL,
    measure     CHAR(1)      NOT NULL,
    bucket      VARCHAR(80)  NOT NULL,
    district_id CHAR(36),
    sea_id      CHAR(36)     NOT NULL,
    n           INTEGER      NOT NULL,
    PRIMARY KEY (lvl, scope_id, school_year, kind, code, essa, measure, bucket)
);
CREATE INDEX monitoring_tally_sea ON monitoring_tally (sea_id, lvl, school_year, measure);
CREATE INDEX monitoring_tally_district ON monitoring_tally (district_id, lvl, school_year, measure);

-- Quarterly milestone, semester strategy and annual reviews: the figures as computed when filed, and the team's text.
CREATE TABLE monitoring_review (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    plan_id     CHAR(36)      NOT NULL,
    org_id      CHAR(36)      NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    period      VARCHAR(10)   NOT NULL,
    element_id  CHAR(36),
    figures     VARCHAR(32000) NOT NULL,
    cause       VARCHAR(4000),
    adjustments VARCHAR(4000),
    comments    VARCHAR(4000),
    reviewed_by VARCHAR(100),
    reviewed_at TIMESTAMP     NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX monitoring_review_plan ON monitoring_review (plan_id);
CREATE INDEX monitoring_review_org ON monitoring_review (org_id);

-- Annual results of strategy measures and goal measures.
CREATE TABLE monitoring_measure_result (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    measure_id    CHAR(36)      NOT NULL,
    measure_kind  VARCHAR(10)   NOT NULL,
    org_id        CHAR(36)      NOT NULL,
    plan_id       CHAR(36),
    school_year   CHAR(7)       NOT NULL,
    result_value  DECIMAL(14, 4) NOT NULL,
    target        DECIMAL(14, 4),
    student_count INTEGER,
    note          VARCHAR(4000),
    version       BIGINT        NOT NULL,
    UNIQUE (measure_id, school_year)
);
CREATE INDEX monitoring_measure_result_org ON monitoring_measure_result (org_id);

-- Adjustments of course: why, on what evidence, which element changed, and the plan version that holds it.
CREATE TABLE monitoring_adjustment (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    plan_id      CHAR(36)      NOT NULL,
    element_id   CHAR(36)      NOT NULL,
    org_id       CHAR(36)      NOT NULL,
    cause        VARCHAR(4000) NOT NULL,
    evidence     VARCHAR(4000),
    change_json  VARCHAR(8000) NOT NULL,
    plan_version INTEGER       NOT NULL,
    made_by      VARCHAR(100),
    made_at      TIMESTAMP     NOT NULL
);
CREATE INDEX monitoring_adjustment_org ON monitoring_adjustment (org_id);

-- Walkthroughs (seed 004): a dated observation by district or state staff or a coach.
CREATE TABLE monitoring_walkthrough (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    org_id      CHAR(36)      NOT NULL,
    visit_date  DATE          NOT NULL,
    strategies  VARCHAR(4000)  NOT NULL,
    look_fors   VARCHAR(32000) NOT NULL,
    notes       VARCHAR(8000),
    observer    VARCHAR(100),
    version     BIGINT        NOT NULL
);
CREATE INDEX monitoring_walkthrough_org ON monitoring_walkthrough (org_id);

-- Demo data loaded once.
CREATE TABLE monitoring_demo (
    name        VARCHAR(40)   NOT NULL PRIMARY KEY,
    loaded      TIMESTAMP     NOT NULL
);
