-- When each session was last used, for the idle timeout (org.braid.sessions idleMinutes).
ALTER TABLE braid_session ADD COLUMN last_seen_at TIMESTAMP;
UPDATE braid_session SET last_seen_at = created_at;
