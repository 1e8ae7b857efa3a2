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
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.braid.core.model.ConflictException;
import org.braid.platform.store.Database;
import org.braid.platform.store.SqlWork;
import org.braid.platform.store.StoreException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Braid's database with thread-bound transactions, on the pooled {@link DataSource} service that
 * {@link StoreDataSource} registers: the embedded Derby or PostgreSQL.
 */
@Component(service = {Database.class, JdbcDatabase.class}, configurationPid = "org.braid.store")
public class JdbcDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabase.class);

    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final DataSource dataSource;
    private final Dialect dialect;
    private final Migrator migrator;
    private final Path dataDir;

    @Activate
    public JdbcDatabase(BundleContext context, StoreConfig config, @Reference(target = "(braid.store=*)") DataSource dataSource) throws SQLException {
        this(dataSource, StoreDataSource.dataDir(config));
        migrate("core", context.getBundle());
    }

    /**
     * Braid's store on a data source; for tests, without OSGi.
     *
     * @param dataDir where Derby's online backups go
     */
    public JdbcDatabase(DataSource dataSource, Path dataDir) throws SQLException {
        this.dataSource = dataSource;
        this.dataDir = dataDir;
        this.dialect = Dialect.of(dataSource);
        this.migrator = new Migrator(dataSource, dialect);
        LOG.info("Braid store on {}", dialect.id());
    }

    /** @return the embedded Derby in {@code dataDir/db} (created when missing) or in memory; for tests, without OSGi */
    public static JdbcDatabase derby(Path dataDir, boolean onDisk) throws SQLException, IOException {
        return new JdbcDatabase(StoreDataSource.derby(dataDir, onDisk), dataDir);
    }

    /** @return the data source under it; for tests that drive one connection themselves */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return the data directory (Derby's database and backups) */
    public Path dataDir() {
        return dataDir;
    }

    /** @return which database this is: {@code derby} or {@code postgresql} */
    public String store() {
        return dialect.id();
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
        // serialization failure (both), deadlock (PostgreSQL 40P01), lock timeout or deadlock (Derby 40XL1, 40XL2)
        if (state.equals("40001") || state.equals("40P01") || state.equals("40XL1") || state.equals("40XL2")) {
            return new StoreContention();
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
     * @throws ConflictException on PostgreSQL, which is backed up with its own tools
     */
    public Path backup() {
        if (dialect == Dialect.POSTGRESQL) {
            throw new ConflictException("store", "Braid runs on PostgreSQL: back it up with PostgreSQL's own tools, "
                    + "pg_dump for a logical backup or pg_basebackup (base backups with WAL archiving) for point-in-time recovery");
        }
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
        migrator.apply(module, scripts(module, bundle, dialect));
    }

    /** Applies scripts given directly; for tests. */
    int migrate(String module, List<Migration> scripts) {
        return migrator.apply(module, scripts);
    }

    @Override
    public void lock(String name) {
        try {
            dialect.lockForTransaction(connection(), name);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * The module's scripts {@code db/<module>/V*.sql}; a script of the same name in the dialect's folder
     * ({@code db/<module>/postgresql/}) replaces the portable one on that database.
     */
    private static List<Migration> scripts(String module, Bundle bundle, Dialect dialect) {
        Map<String, URL> byName = new TreeMap<>();
        for (String folder : List.of("db/" + module, "db/" + module + "/" + dialect.id())) {
            Enumeration<URL> entries = bundle.findEntries(folder, "V*.sql", false);
            if (entries == null) continue;
            for (URL url : Collections.list(entries)) {
                String path = url.getPath();
                byName.put(path.substring(path.lastIndexOf('/') + 1), url);
            }
        }
        List<Migration> out = new ArrayList<>();
        for (Map.Entry<String, URL> e : byName.entrySet()) {
            try (InputStream in = e.getValue().openStream()) {
                out.add(Migration.of(e.getKey(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException x) {
                throw new StoreException("cannot read " + e.getValue().getPath() + " of " + bundle.getSymbolicName(), x);
            }
        }
        return out;
    }
}
