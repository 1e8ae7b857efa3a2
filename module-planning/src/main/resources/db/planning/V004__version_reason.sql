-- Why a version was made, when it came from adjusting course (monitoring's adjustments).
ALTER TABLE planning_version ADD COLUMN reason VARCHAR(2000);
