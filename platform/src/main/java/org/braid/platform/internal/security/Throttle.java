package org.braid.platform.internal.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.braid.platform.store.Database;

/**
 * Slows down repeated failures for a key (see {@link SignInBrake}): after {@code free} failures each
 * further attempt must wait twice as long as the one before (1 s, 2 s, ... up to a maximum). A
 * success clears the key. Counted in the store, so every node sharing it counts the same failures;
 * each call joins the transaction open on the thread (the request's), which must commit to keep a failure.
 */
final class Throttle {
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** A key without a failure for this long is forgotten, which keeps the table small under a flood of addresses. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final Database db;
    private final Clock clock;
    private final String kind;
    private final int free;
    private final Duration maxWait;

    /** @param kind what the keys are (e.g. {@code address}); keys of different kinds never meet */
    Throttle(Database db, Clock clock, String kind, int free) {
        this(db, clock, kind, free, MAX_WAIT);
    }

    Throttle(Database db, Clock clock, String kind, int free, Duration maxWait) {
        this.db = db;
        this.clock = clock;
        this.kind = kind;
        this.free = free;
        this.maxWait = maxWait;
    }

    /** @return how long the caller must still wait before trying this key again; zero when it may try now */
    Duration wait(String key) {
        String hash = hash(key);
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT failures, last_failure_at FROM braid_sign_in_failure WHERE throttle_key = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) < free) return Duration.ZERO;
                    Duration penalty = min(penalty(rs.getInt(1) - free), maxWait);
                    Duration left = Duration.between(clock.instant(), rs.getTimestamp(2).toInstant().plus(penalty));
                    return left.isNegative() ? Duration.ZERO : left;
                }
            }
        });
    }

    void failed(String key) {
        String hash = hash(key);
        Timestamp now = Timestamp.from(clock.instant());
        db.transaction(c -> {
            db.lock("sign-in failure " + hash); // nodes take turns at a key, so its first failure is inserted once
            if (update(c, hash, now) == 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO braid_sign_in_failure (throttle_key, failures, last_failure_at) VALUES (?, 1, ?)")) {
                    ps.setString(1, hash);
                    ps.setTimestamp(2, now);
                    ps.executeUpdate();
                } catch (SQLException e) {
                    // on the embedded Derby two threads may both find no row; the loser counts on the winner's
                    if (!"23505".equals(e.getSQLState())) throw e;
                    update(c, hash, now);
                }
            }
            return null;
        });
    }

    void succeeded(String key) {
        String hash = hash(key);
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM braid_sign_in_failure WHERE throttle_key = ?")) {
                ps.setString(1, hash);
                return ps.executeUpdate();
            }
        });
    }

    /** Forgets every key of every kind without a failure for {@link #FORGET_AFTER}. */
    static void sweep(Database db, Instant now) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM braid_sign_in_failure WHERE last_failure_at < ?")) {
                ps.setTimestamp(1, Timestamp.from(now.minus(FORGET_AFTER)));
                return ps.executeUpdate();
            }
        });
    }

    private static int update(Connection c, String hash, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE braid_sign_in_failure SET failures = failures + 1, last_failure_at = ? WHERE throttle_key = ?")) {
            ps.setTimestamp(1, now);
            ps.setString(2, hash);
            return ps.executeUpdate();
        }
    }

    private String hash(String key) {
        return Sessions.hash(kind + ":" + key);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** @param over failures beyond the free ones, 0 for the first slowed attempt */
    static Duration penalty(int over) {
        int doublings = Math.min(over, 20);
        Duration d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    }
}
