-- What a state sets for its own network: from which share of behind actions a practice lags (and is matched with
-- supports), and the fewest students a result on a public progress page may be about. A state without a row has the
-- defaults of etc/org.braid.monitoring.calendar.cfg.
CREATE TABLE monitoring_state_setting (
    sea_id VARCHAR(36) NOT NULL PRIMARY KEY,
    lag_threshold_percent INT NOT NULL,
    public_minimum_count INT NOT NULL,
    version BIGINT NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
