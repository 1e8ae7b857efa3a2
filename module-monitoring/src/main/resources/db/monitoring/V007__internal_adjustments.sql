-- An adjustment the team marks internal stays off the public progress page (its cause may name people or
-- circumstances not meant for families); the annual report read by signed-in users still tells it.
ALTER TABLE monitoring_adjustment ADD COLUMN is_internal BOOLEAN DEFAULT FALSE NOT NULL;
