package org.braid.platform.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.braid.platform.internal.store.JdbcDatabase;
import org.braid.platform.store.Database;
import org.osgi.framework.Bundle;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Databases for store tests and benchmarks, with the schema Braid itself makes: the platform's
 * migrations run the core's scripts and then each module's, found on the class path where the bundle
 * would hold them ({@code db/<module>/V*.sql}). Ships in the platform's test jar, so a module's tests
 * use the real migrations through the exported {@link Database} API and nothing internal.
 *
 * <p>Derby by default. With the system property {@code braid.test.db.url} (a {@code jdbc:postgresql://} URL, with
 * {@code braid.test.db.user} and {@code braid.test.db.password}) each database is instead a new schema of that
 * PostgreSQL, so the same tests run on both stores ({@code .ci/run} does).
 */
public final class TestDatabases {
    /** The PostgreSQL to test on, or empty for Derby. */
    public static final String URL = System.getProperty("braid.test.db.url", "");
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private TestDatabases() {
    }

    /** @return {@code postgresql} when the tests run on PostgreSQL, else {@code derby} */
    public static String store() {
        return URL.isBlank() ? "derby" : "postgresql";
    }

    /**
     * @param name    the database's name; on Derby JDBC reaches it as {@code jdbc:derby:memory:<name>}
     * @param modules the modules whose scripts run after the core's, e.g. {@code planning}
     * @return a new, empty database (in memory on Derby, a new schema on PostgreSQL)
     */
    public static Database memory(String name, String... modules) {
        if (!URL.isBlank()) return migrated(postgresql(name + "_" + SCHEMAS.incrementAndGet() + "_" + ProcessHandle.current().pid()), modules);
        return migrated(derby(Path.of(name), false), modules);
    }

    /**
     * @param dir     the data directory; on Derby the database is {@code <dir>/db} ({@code jdbc:derby:<dir>/db})
     * @param modules the modules whose scripts run after the core's
     * @return the database on disk (on PostgreSQL, the schema named after the directory), created or brought up to date
     */
    public static Database onDisk(Path dir, String... modules) {
        Path abs = dir.toAbsolutePath();
        if (!URL.isBlank()) return migrated(postgresql("dir_" + Integer.toHexString(abs.toString().hashCode())), modules);
        return migrated(derby(abs, true), modules);
    }

    /** @return a new connection of its own to one of these databases, for tests that drive one connection themselves */
    public static java.sql.Connection connection(Database db) throws SQLException {
        return ((JdbcDatabase) db).dataSource().getConnection();
    }

    private static Database derby(Path dir, boolean onDisk) {
        try {
            return JdbcDatabase.derby(dir, onDisk);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema of the PostgreSQL under test (created when missing), behind a small pool whose connections use it. */
    private static Database postgresql(String name) {
        String schema = ("t_" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
        if (schema.length() > 60) schema = schema.substring(0, 40) + "_" + Integer.toHexString(schema.hashCode());
        HikariConfig admin = config(URL);
        try (HikariDataSource ds = new HikariDataSource(admin); var c = ds.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + URL, e);
        }
        HikariConfig c = config(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        c.setMaximumPoolSize(3);
        c.setMinimumIdle(0);
        c.setIdleTimeout(10_000); // tests leave their databases open: idle connections go back to the server
        try {
            return new JdbcDatabase(new HikariDataSource(c), Path.of("target", schema));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HikariConfig config(String url) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url); // on the plain class path the driver registers with DriverManager itself
        c.setUsername(System.getProperty("braid.test.db.user", ""));
        c.setPassword(System.getProperty("braid.test.db.password", ""));
        c.setMaximumPoolSize(1);
        return c;
    }

    private static Database migrated(Database db, String... modules) {
        db.migrate("core", scriptsOnClassPath());
        for (String module : modules) db.migrate(module, scriptsOnClassPath());
        return db;
    }

    /** A stand-in for a module's bundle that answers {@code findEntries} from the class path; nothing else. */
    private static Bundle scriptsOnClassPath() {
        return (Bundle) Proxy.newProxyInstance(TestDatabases.class.getClassLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "findEntries":
                    List<URL> found = entries((String) args[0], (String) args[1]);
                    return found.isEmpty() ? null : Collections.enumeration(found);
                case "getSymbolicName":
                    return "class-path";
                case "toString":
                    return "the class path";
                default:
                    throw new UnsupportedOperationException(method.getName());
            }
        });
    }

    /** @return the files directly in the folder, in every class path entry, whose names fit the pattern ({@code *} any run) */
    private static List<URL> entries(String folder, String pattern) throws IOException {
        String regex = pattern.replace(".", "\\.").replace("*", ".*");
        List<URL> out = new ArrayList<>();
        for (URL dir : Collections.list(TestDatabases.class.getClassLoader().getResources(folder))) {
            if (dir.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(toUri(dir)))) {
                    for (Path f : files.filter(f -> f.getFileName().toString().matches(regex)).sorted().toList()) out.add(f.toUri().toURL());
                }
            } else if (dir.getProtocol().equals("jar")) {
                JarFile jar = ((JarURLConnection) dir.openConnection()).getJarFile();
                for (JarEntry e : Collections.list(jar.entries())) {
                    String n = e.getName();
                    if (n.startsWith(folder + "/") && n.indexOf('/', folder.length() + 1) < 0 && n.substring(folder.length() + 1).matches(regex)) {
                        out.add(url("jar:" + dir.getPath().substring(0, dir.getPath().indexOf("!/") + 2) + n));
                    }
                }
            }
        }
        return out;
    }

    private static URL url(String spec) throws MalformedURLException {
        return java.net.URI.create(spec).toURL();
    }

    private static java.net.URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }
}
