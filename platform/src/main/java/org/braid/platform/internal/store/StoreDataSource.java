package org.braid.platform.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Hashtable;
import java.util.Properties;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Braid's database as a pooled {@code javax.sql.DataSource} service, chosen by configuration: PostgreSQL when
 * {@code url} is set (through the official driver's own {@link DataSourceFactory}), else the embedded Derby under the
 * data directory. The service carries {@code braid.store} ({@code derby} or {@code postgresql}), which
 * {@link JdbcDatabase} waits for.
 */
// registered by hand (the service is the pool, not this component): say so to the resolver
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=javax.sql.DataSource", uses = DataSource.class)
@Component(immediate = true, configurationPid = "org.braid.store", service = {})
@Designate(ocd = StoreConfig.class)
public class StoreDataSource {
    private static final Logger LOG = LoggerFactory.getLogger(StoreDataSource.class);
    static final String POSTGRESQL_URL = "jdbc:postgresql:";

    private final BundleContext context;
    private final StoreConfig config;
    private HikariDataSource pool;
    private EmbeddedDataSource derby;
    private ServiceRegistration<DataSource> registration;
    private DataSourceFactory postgresql;

    @Activate
    public StoreDataSource(BundleContext context, StoreConfig config) throws IOException {
        this.context = context;
        this.config = config;
        String url = setting(config.url());
        if (url.isEmpty()) {
            Path dataDir = dataDir(config);
            derby = derby(dataDir, true);
            pool = pool(derby, "derby", config.poolSize());
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("braid.store", "derby");
            props.put("braid.data", dataDir.toString());
            registration = context.registerService(DataSource.class, pool, props);
            LOG.info("Braid database: embedded Derby at {}", dataDir.resolve("db"));
        } else if (!url.startsWith(POSTGRESQL_URL)) {
            throw new IllegalArgumentException("org.braid.store url (BRAID_DB_URL) must be a jdbc:postgresql:// URL, not " + url);
        } else {
            // started by bindPostgresql, which DS calls right after this constructor when the driver is there, or later
            LOG.info("Braid database: PostgreSQL at {}", url.replaceAll("password=[^&]*", "password=***"));
        }
    }

    /**
     * PostgreSQL's driver (a bundle of braid-core) may start before or after the platform: a dynamic reference, so its
     * arrival starts the PostgreSQL pool and never restarts an embedded Derby in use.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(osgi.jdbc.driver.class=org.postgresql.Driver)")
    synchronized void bindPostgresql(DataSourceFactory factory) {
        postgresql = factory;
        if (config != null) startPostgresql();
    }

    synchronized void unbindPostgresql(DataSourceFactory factory) {
        if (postgresql != factory) return;
        postgresql = null;
        if (derby == null) stop();
    }

    private synchronized void startPostgresql() {
        String url = setting(config.url());
        if (url.isEmpty() || registration != null || postgresql == null) return; // Derby, started, or no driver yet
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, url);
        if (!setting(config.user()).isEmpty()) p.setProperty(DataSourceFactory.JDBC_USER, setting(config.user()));
        if (!setting(config.password()).isEmpty()) p.setProperty(DataSourceFactory.JDBC_PASSWORD, setting(config.password()));
        try {
            pool = pool(postgresql.createDataSource(p), "postgresql", config.poolSize());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot configure PostgreSQL at " + url, e);
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("braid.store", "postgresql");
        registration = context.registerService(DataSource.class, pool, props);
    }

    /** A configuration value, empty when unset: {@code $[env:X;default=]} of an unset variable, or left uninterpolated. */
    static String setting(String value) {
        return value == null || value.startsWith("$[") ? "" : value.strip();
    }

    static Path dataDir(StoreConfig config) {
        if (!config.dataDir().isBlank()) return Path.of(config.dataDir()).toAbsolutePath();
        String prop = System.getProperty("braid.data", "");
        if (!prop.isBlank()) return Path.of(prop).toAbsolutePath();
        return Path.of(System.getProperty("karaf.data", "data"), "braid").toAbsolutePath();
    }

    /** @return the embedded Derby database {@code db} under the directory (or in memory), created when missing */
    static EmbeddedDataSource derby(Path dataDir, boolean onDisk) throws IOException {
        EmbeddedDataSource d = new EmbeddedDataSource(); // not DriverManager: it cannot see bundle-private Derby
        if (onDisk) {
            Files.createDirectories(dataDir);
            d.setDatabaseName(dataDir.resolve("db").toString());
        } else {
            d.setDatabaseName("memory:" + dataDir.getFileName());
        }
        d.setCreateDatabase("create");
        return d;
    }

    /** @return a HikariCP pool over the database's own (unpooled) data source */
    static HikariDataSource pool(DataSource unpooled, String name, int size) {
        HikariConfig c = new HikariConfig();
        c.setDataSource(unpooled);
        c.setPoolName("braid-" + name);
        c.setMaximumPoolSize(Math.max(2, size)); // migrations hold one connection for the lock and use another
        c.setMinimumIdle(1);
        c.setAutoCommit(true);
        c.setInitializationFailTimeout(-1); // a database not up yet does not fail the start; requests wait for it
        return new HikariDataSource(c);
    }

    @Deactivate
    synchronized void stop() {
        if (registration != null) registration.unregister();
        registration = null;
        if (pool != null) pool.close();
        pool = null;
        if (derby != null) shutdown(derby);
        derby = null;
    }

    /** Shuts the embedded database down, releasing its lock so a restarted bundle can boot it again. */
    static void shutdown(EmbeddedDataSource derby) {
        derby.setShutdownDatabase("shutdown");
        try {
            derby.getConnection().close();
        } catch (SQLException expected) {
            // 08006: the database was shut down
        }
    }
}
