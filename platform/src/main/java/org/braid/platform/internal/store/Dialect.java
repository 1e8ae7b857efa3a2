package org.braid.platform.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * What differs between the two databases Braid runs on, kept here so stores and migrations stay portable: the name
 * of the dialect folder of migrations, and how nodes sharing the database take turns.
 */
enum Dialect {
    /** Embedded: one process owns the database, so there is nobody to take turns with. */
    DERBY("derby"),
    /** Shared by every node: turns are PostgreSQL advisory locks. */
    POSTGRESQL("postgresql");

    private final String id;

    Dialect(String id) {
        this.id = id;
    }

    /** @return the store's name in {@code GET /api/health} and the dialect folder of migrations */
    String id() {
        return id;
    }

    static Dialect of(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (product.startsWith("PostgreSQL")) return POSTGRESQL;
            if (product.startsWith("Apache Derby")) return DERBY;
            throw new SQLException("Braid runs on Derby or PostgreSQL, not " + product);
        }
    }

    /** Holds the named lock until the connection's transaction ends (every node waits its turn). */
    void lockForTransaction(Connection c, String name) throws SQLException {
        if (this != POSTGRESQL) return;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, key(name));
            ps.executeQuery().close();
        }
    }

    /** Holds the named lock on the connection until {@link #unlock}, across its transactions. */
    void lock(Connection c, String name) throws SQLException {
        if (this != POSTGRESQL) return;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
            ps.setLong(1, key(name));
            ps.executeQuery().close();
        }
    }

    void unlock(Connection c, String name) throws SQLException {
        if (this != POSTGRESQL) return;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key(name));
            ps.executeQuery().close();
        }
    }

    /** The advisory lock's number: the first 8 bytes of the name's SHA-256, so names do not collide by accident. */
    static long key(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("braid:" + name).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) k = (k << 8) | (d[i] & 0xff);
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
