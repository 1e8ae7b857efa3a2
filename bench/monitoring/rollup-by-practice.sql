-- The state-wide roll-up by practice computed from the raw reports, as a store without kept aggregates would:
-- each action's current status is its latest report (newest month, then the latest filing of that month, found
-- in one grouped pass over the reports),
-- NOT_REPORTED is an action started before today without any report, overdue an open action past its due date.
-- The plan's elements (monitoring_item) give each action's practice codes (inherited), dates and place in the network;
-- its kept status column is not read. ${sea}, ${schoolYear} and ${today} are filled in by MonitoringBench.
SELECT c.code,
       COUNT(*) AS total,
       SUM(CASE WHEN cur.status = 'NOT_STARTED' THEN 1 ELSE 0 END) AS not_started,
       SUM(CASE WHEN cur.status = 'ON_TRACK' THEN 1 ELSE 0 END) AS on_track,
       SUM(CASE WHEN cur.status = 'OFF_TRACK' THEN 1 ELSE 0 END) AS off_track,
       SUM(CASE WHEN cur.status = 'COMPLETE' THEN 1 ELSE 0 END) AS complete,
       SUM(CASE WHEN cur.status = 'CANCELLED' THEN 1 ELSE 0 END) AS cancelled,
       SUM(CASE WHEN cur.status IS NULL AND i.start_date < DATE('${today}') THEN 1 ELSE 0 END) AS not_reported,
       SUM(CASE WHEN (cur.status IS NULL OR cur.status NOT IN ('COMPLETE', 'CANCELLED')) AND i.due_date < DATE('${today}') THEN 1 ELSE 0 END) AS overdue
FROM monitoring_item i
JOIN (VALUES ('1A'), ('1B'), ('1C'), ('2A'), ('2B'), ('2C'), ('3A'), ('3B'), ('3C'), ('4A'), ('4B'), ('4C')) AS c (code)
  ON (',' || i.codes || ',') LIKE ('%,' || c.code || ',%')
LEFT JOIN (
    -- one pass over the reports: the largest "period, filing number, status" of each element is its latest report
    SELECT element_id, SUBSTR(MAX(period || TRIM(CAST(1000000 + seq AS CHAR(11))) || status), 15) AS status
    FROM monitoring_report
    GROUP BY element_id
) cur ON cur.element_id = i.element_id
WHERE i.sea_id = '${sea}' AND i.school_year = '${schoolYear}' AND i.kind = 'A'
GROUP BY c.code
ORDER BY c.code
