-- The kept roll-up's rows change shape: rows of a practice no longer split by ESSA status (that grouping reads the
-- rows over all codes), the SEA's rows go in 16 stripes instead of 32, and rows that come to zero are dropped. The
-- rows are emptied here and counted again from the items and reports when monitoring starts (Items.rebuildTally).
-- The SEA's index leads with the columns a state-wide read fixes (a practice's rows, a measure), without the count:
-- a report changes counts only, and an index holding them would be rewritten on every report.
DELETE FROM monitoring_tally;
DROP INDEX monitoring_tally_sea;
CREATE INDEX monitoring_tally_sea ON monitoring_tally (sea_id, lvl, school_year, measure, code);
