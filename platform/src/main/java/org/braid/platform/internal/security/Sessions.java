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
import java.util.Optional;

import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sign-in sessions. A session is a random 256-bit token, given to the client once (as cookie and
 * bearer token); the database keeps only its SHA-256, so a leaked database opens no session.
 */
@Component(service = Sessions.class)
public class Sessions {
    /** How long a session lasts from sign-in. */
    static final Duration LIFETIME = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;

    @Activate
    public Sessions(@Reference Database db) {
        this(db, Clock.systemUTC());
    }

    Sessions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @return the new token, to hand to the client; expired sessions are swept on the way */
    public String open(String userId) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Instant now = clock.instant();
        db.transaction(c -> {
            try (PreparedStatement sweep = c.prepareStatement("DELETE FROM braid_session WHERE expires_at < ?");
                 PreparedStatement ps = c.prepareStatement("INSERT INTO braid_session (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
                sweep.setTimestamp(1, Timestamp.from(now));
                sweep.executeUpdate();
                ps.setString(1, hash(token));
                ps.setString(2, userId);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setTimestamp(4, Timestamp.from(now.plus(LIFETIME)));
                ps.executeUpdate();
            }
            return null;
        });
        return token;
    }

    /** @return the user of a live session */
    public Optional<String> user(String token) {
        if (token == null || token.length() > 100) return Optional.empty();
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT user_id FROM braid_session WHERE token_hash = ? AND expires_at > ?")) {
                ps.setString(1, hash(token));
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
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
