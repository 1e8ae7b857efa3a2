package org.braid.platform.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.braid.core.model.ConflictException;
import org.braid.platform.store.Database;
import org.braid.platform.store.SqlWork;
import org.braid.platform.store.StoreException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded Derby database under the data directory, with thread-bound transactions. */
@Component(service = {Database.class, DerbyDatabase.class}, configurationPid = "org.braid.store")
@Designate(ocd = StoreConfig.class)
public class DerbyDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(DerbyDatabase.class);

    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final EmbeddedDataSource dataSource;
    private final Migrator migrator;
    private final Path dataDir;

    @Activate
    public DerbyDatabase(BundleContext context, StoreConfig config) throws SQLException, IOException {
        this(dataDir(config), true);
        migrate("core", context.getBundle());
    }

    /** Opens (creating if needed) the database in {@code dataDir/db}; for tests, without OSGi. */
    public DerbyDatabase(Path dataDir, boolean onDisk) throws SQLException, IOException {
        this.dataDir = dataDir;
        EmbeddedDataSource d = new EmbeddedDataSource(); // not DriverManager: it cannot see bundle-private Derby
        if (onDisk) {
            Files.createDirectories(dataDir);
            d.setDatabaseName(dataDir.resolve("db").toString());
        } else {
            d.setDatabaseName("memory:" + dataDir.getFileName());
        }
        d.setCreateDatabase("create");
        this.dataSource = d;
        this.migrator = new Migrator(d);
        migrator.prepare();
        LOG.info("Braid database at {}", onDisk ? dataDir.resolve("db") : "memory");
    }

    static Path dataDir(StoreConfig config) {
        if (!config.dataDir().isBlank()) return Path.of(config.dataDir()).toAbsolutePath();
        String prop = System.getProperty("braid.data", "");
        if (!prop.isBlank()) return Path.of(prop).toAbsolutePath();
        return Path.of(System.getProperty("karaf.data", "data"), "braid").toAbsolutePath();
    }

    /** @return the data directory (database, backups) */
    public Path dataDir() {
        return dataDir;
    }

    @Deactivate
    void deactivate() {
        dataSource.setShutdownDatabase("shutdown"); // release the lock so a restarted bundle can boot it again
        try {
            dataSource.getConnection().close();
        } catch (SQLException expected) {
            // 08006: the database was shut down
        }
    }

    @Override
    public <T> T transaction(SqlWork<T> work) {
        Connection open = current.get();
        try {
            if (open != null) return work.run(open);
        } catch (SQLException e) {
            throw translate(e);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                if (e instanceof SQLException s) throw translate(s);
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static RuntimeException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("40001") || state.equals("40XL1") || state.equals("40XL2")) {
            return new ConflictException("request", "another change to the same records was under way; try again");
        }
        return new StoreException("database error " + state, e);
    }

    @Override
    public Connection connection() {
        Connection c = current.get();
        if (c == null) throw new IllegalStateException("no transaction on this thread");
        return c;
    }

    /**
     * Makes an online backup (Derby's SYSCS_BACKUP_DATABASE) while Braid keeps serving.
     *
     * @return the folder of the backup; its {@code db} folder is a complete database to restore
     */
    public Path backup() {
        Path dir = dataDir.resolve("backups").resolve(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
        try (Connection c = dataSource.getConnection(); var call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            Files.createDirectories(dir);
            call.setString(1, dir.toString());
            call.execute();
        } catch (SQLException | IOException e) {
            throw new StoreException("backup failed", e);
        }
        return dir;
    }

    @Override
    public void migrate(String module, Bundle bundle) {
        migrator.apply(module, scripts(module, bundle));
    }

    /** Applies scripts given directly; for tests. */
    int migrate(String module, List<Migration> scripts) {
        return migrator.apply(module, scripts);
    }

    private static List<Migration> scripts(String module, Bundle bundle) {
        Enumeration<URL> entries = bundle.findEntries("db/" + module, "V*.sql", false);
        List<Migration> out = new ArrayList<>();
        if (entries == null) return out;
        for (URL url : Collections.list(entries)) {
            String path = url.getPath();
            try (InputStream in = url.openStream()) {
                out.add(Migration.of(path.substring(path.lastIndexOf('/') + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new StoreException("cannot read " + path + " of " + bundle.getSymbolicName(), e);
            }
        }
        return out;
    }
}
