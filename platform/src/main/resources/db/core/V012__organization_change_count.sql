-- How many times the organizations changed (added, renamed, moved, closed or opened): each change adds one in its own
-- transaction. A node keeps the exact totals of the lists and uses one only while this count is what it was when the
-- total was counted, so a change made at any node sharing the database is never answered with an old total.
CREATE TABLE organization_change_count (
    id      INT    NOT NULL PRIMARY KEY,
    changes BIGINT NOT NULL
);
INSERT INTO organization_change_count (id, changes) VALUES (1, 0);
