package org.braid.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Sign-in sessions. A session is a random 256-bit token, given to the client once (as cookie and
 * bearer token); the database keeps only its SHA-256, so a leaked database opens no session. A
 * session ends 12 hours after sign-in, after {@code idleMinutes} without a request, or when its
 * user signs in for the {@code maxPerUser}+1st time while it is their oldest.
 */
@Component(service = Sessions.class, configurationPid = "org.braid.sessions")
@Designate(ocd = SessionsConfig.class)
public class Sessions {
    /** How long a session lasts from sign-in, however much it is used. */
    static final Duration LIFETIME = Duration.ofHours(12);
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    static final int DEFAULT_MAX_PER_USER = 10;
    /** A session's last use is written at most this often, so most requests write nothing. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;
    private volatile Duration idle;
    private volatile int maxPerUser;

    @Activate
    public Sessions(@Reference Database db, SessionsConfig config) {
        this(db, Clock.systemUTC(), Duration.ofMinutes(config.idleMinutes()), config.maxPerUser());
    }

    Sessions(Database db, Clock clock) {
        this(db, clock, DEFAULT_IDLE, DEFAULT_MAX_PER_USER);
    }

    Sessions(Database db, Clock clock, Duration idle, int maxPerUser) {
        this.db = db;
        this.clock = clock;
        limits(idle, maxPerUser);
    }

    @Modified
    void modified(SessionsConfig config) {
        limits(Duration.ofMinutes(config.idleMinutes()), config.maxPerUser());
    }

    private void limits(Duration idleTimeout, int max) {
        this.idle = idleTimeout.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : idleTimeout;
        this.maxPerUser = Math.max(1, max);
    }

    /** @return the new token, to hand to the client; ended sessions are swept and the user's oldest beyond the cap dropped */
    public String open(String userId) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Instant now = clock.instant();
        db.transaction(c -> {
            try (PreparedStatement sweep = c.prepareStatement("DELETE FROM braid_session WHERE expires_at < ? OR last_seen_at < ?");
                 PreparedStatement ps = c.prepareStatement("INSERT INTO braid_session (token_hash, user_id, created_at, expires_at, last_seen_at) "
                         + "VALUES (?, ?, ?, ?, ?)")) {
                sweep.setTimestamp(1, Timestamp.from(now));
                sweep.setTimestamp(2, Timestamp.from(now.minus(idle)));
                sweep.executeUpdate();
                ps.setString(1, hash(token));
                ps.setString(2, userId);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setTimestamp(4, Timestamp.from(now.plus(LIFETIME)));
                ps.setTimestamp(5, Timestamp.from(now));
                ps.executeUpdate();
            }
            List<String> live = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT token_hash FROM braid_session WHERE user_id = ? ORDER BY created_at DESC, token_hash")) {
                ps.setString(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) live.add(rs.getString(1));
                }
            }
            live.remove(hash(token));
            try (PreparedStatement drop = c.prepareStatement("DELETE FROM braid_session WHERE token_hash = ?")) {
                for (String oldest : live.subList(Math.min(live.size(), maxPerUser - 1), live.size())) {
                    drop.setString(1, oldest);
                    drop.executeUpdate();
                }
            }
            return null;
        });
        return token;
    }

    /** A live session's user, with the version of the user's account as it stands. */
    public record Holder(String userId, long accountVersion) {}

    /**
     * @return the enabled user of a live session, which counts as a use of it; read with the account's version in one
     *         statement, so a node can keep what it knows of the account until the account changes
     */
    public Optional<Holder> user(String token) {
        if (token == null || token.length() > 100) return Optional.empty();
        Instant now = clock.instant();
        return db.transaction(c -> {
            Holder holder;
            Instant lastSeen;
            try (PreparedStatement ps = c.prepareStatement("SELECT s.user_id, s.last_seen_at, u.version FROM braid_session s "
                    + "JOIN braid_user u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ? AND s.last_seen_at > ? AND u.disabled = ?")) {
                ps.setString(1, hash(token));
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setTimestamp(3, Timestamp.from(now.minus(idle)));
                ps.setBoolean(4, false);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.<Holder>empty();
                    holder = new Holder(rs.getString(1), rs.getLong(3));
                    lastSeen = rs.getTimestamp(2).toInstant();
                }
            }
            if (lastSeen.isBefore(now.minus(TOUCH_EVERY))) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE braid_session SET last_seen_at = ? WHERE token_hash = ?")) {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setString(2, hash(token));
                    ps.executeUpdate();
                }
            }
            return Optional.of(holder);
        });
    }

    public void close(String token) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM braid_session WHERE token_hash = ?")) {
                ps.setString(1, hash(token));
                return ps.executeUpdate();
            }
        });
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
