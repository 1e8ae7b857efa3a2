-- As the portable script: the history read from the index alone.
DROP INDEX monitoring_report_element;
CREATE INDEX monitoring_report_element ON monitoring_report (element_id, period, seq, status);
-- PostgreSQL writes a changed row anew; with room left on its page (30 %) and no indexed column changed, the new
-- version stays on that page and the indexes are not touched ("HOT" updates). A report changes some ten counts of
-- the kept roll-up; on full pages three quarters of those updates rewrote all three of the table's indexes.
-- The state's and the districts' rows change with nearly every report, so their dead versions pile up long before
-- the default (a fifth of the table's rows dead) calls a vacuum, and the state-wide roll-up read them all: 5,400
-- buffers for 240 rows in a whole state, 344 after a vacuum. The table is vacuumed after every 10,000 dead rows instead.
ALTER TABLE monitoring_tally SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);
