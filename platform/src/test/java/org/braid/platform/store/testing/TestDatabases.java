package org.braid.platform.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.braid.platform.internal.store.DerbyDatabase;
import org.braid.platform.store.Database;
import org.osgi.framework.Bundle;

/**
 * Derby databases for store tests and benchmarks, with the schema Braid itself makes: the platform's
 * migrations run the core's scripts and then each module's, found on the class path where the bundle
 * would hold them ({@code db/<module>/V*.sql}). Ships in the platform's test jar, so a module's tests
 * use the real migrations through the exported {@link Database} API and nothing internal.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    /**
     * @param name    the database's name; JDBC reaches it as {@code jdbc:derby:memory:<name>}
     * @param modules the modules whose scripts run after the core's, e.g. {@code planning}
     * @return a new in-memory database
     */
    public static Database memory(String name, String... modules) {
        return migrated(Path.of(name), false, modules);
    }

    /**
     * @param dir     the data directory; the database is {@code <dir>/db} ({@code jdbc:derby:<dir>/db})
     * @param modules the modules whose scripts run after the core's
     * @return the database on disk, created or brought up to date
     */
    public static Database onDisk(Path dir, String... modules) {
        return migrated(dir.toAbsolutePath(), true, modules);
    }

    private static Database migrated(Path dir, boolean onDisk, String... modules) {
        try {
            Database db = new DerbyDatabase(dir, onDisk);
            db.migrate("core", scriptsOnClassPath());
            for (String module : modules) db.migrate(module, scriptsOnClassPath());
            return db;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
