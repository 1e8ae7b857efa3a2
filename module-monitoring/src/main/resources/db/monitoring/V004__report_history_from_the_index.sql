-- A report reads its element's history (each period's status, in order, and the last report number) before it is
-- written. With the status in the index, that read is answered from the index alone instead of one row of the table
-- per month reported.
DROP INDEX monitoring_report_element;
CREATE INDEX monitoring_report_element ON monitoring_report (element_id, period, seq, status);
