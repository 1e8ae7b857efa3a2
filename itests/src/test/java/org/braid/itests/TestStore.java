package org.braid.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which store the Braid under test runs on. Derby (each distribution's own) unless the system property
 * {@code braid.it.db.url} names a PostgreSQL (with {@code braid.it.db.user} and {@code braid.it.db.password}, a user
 * that may create databases): then every Braid the tests boot gets a new, empty database of its own there, so
 * classes do not see each other's records, exactly as with Derby.
 */
final class TestStore {
    static final String URL = System.getProperty("braid.it.db.url", "");
    static final String USER = System.getProperty("braid.it.db.user", "");
    static final String PASSWORD = System.getProperty("braid.it.db.password", "");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestStore() {
    }

    /** @return {@code postgresql} or {@code derby}, as {@code GET /api/health} should say */
    static String name() {
        return System.getProperty("braid.it.store", URL.isBlank() ? "derby" : "postgresql");
    }

    /** @return the JDBC URL as a libpq connection URI, for pg_dump and psql */
    static String libpq(String jdbcUrl) {
        String uri = jdbcUrl.substring("jdbc:".length());
        String credentials = USER.isBlank() ? "" : USER + (PASSWORD.isBlank() ? "" : ":" + PASSWORD) + "@";
        return uri.replaceFirst("^postgresql://", "postgresql://" + credentials);
    }

    /** Runs one of PostgreSQL's own tools; fails on a non-zero exit. */
    static void run(String... command) throws java.io.IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) throw new IllegalStateException("failed: " + String.join(" ", command).replace(PASSWORD.isBlank() ? "\0" : PASSWORD, "***"));
    }

    /** @return the JDBC URL of a new, empty database for one Braid, or empty on Derby */
    static String newDatabase(String forWhat) {
        if (URL.isBlank()) return "";
        String name = ("braid_" + forWhat + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet())
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " at " + URL, e);
        }
        int q = URL.indexOf('?');
        String base = q < 0 ? URL : URL.substring(0, q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (q < 0 ? "" : URL.substring(q));
    }
}
