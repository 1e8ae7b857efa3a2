-- As the portable script: the history read from the index alone.
DROP INDEX monitoring_report_element;
CREATE INDEX monitoring_report_element ON monitoring_report (element_id, period, seq, status);
-- PostgreSQL writes a changed row anew; with room left on its page (30 %) and no indexed column changed, the new
-- version stays on that page and the indexes are not touched ("HOT" updates). A report changes some ten counts of
-- the kept roll-up; on full pages three quarters of those updates rewrote all three of the table's indexes.
ALTER TABLE monitoring_tally SET (fillfactor = 70);
