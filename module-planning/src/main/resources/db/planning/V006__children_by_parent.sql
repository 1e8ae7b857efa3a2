-- An element's children by their parent, in order: placing an element or reading a strategy's milestones looks them
-- up this way. Derby indexes a foreign key by itself; PostgreSQL does not, and without these each lookup read the
-- whole table (an import slowed as the state grew).
CREATE INDEX planning_strategy_area ON planning_strategy (area_id, position);
CREATE INDEX planning_strategy_measure_strategy ON planning_strategy_measure (strategy_id, position);
CREATE INDEX planning_milestone_strategy ON planning_milestone (strategy_id, position);
CREATE INDEX planning_action_milestone ON planning_action (milestone_id, position);
