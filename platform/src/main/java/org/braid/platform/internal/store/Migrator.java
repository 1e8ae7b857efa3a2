package org.braid.platform.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.braid.platform.store.StoreException;

/**
 * Applies a module's versioned SQL scripts once each and records them, so every node and every
 * upgrade reaches the same schema. A changed script that was already applied stops the start. Nodes starting at
 * once on one PostgreSQL take turns (an advisory lock held around the whole run), so each script runs once.
 */
final class Migrator {
    static final String LOCK = "migrations";
    private final DataSource dataSource;
    private final Dialect dialect;

    Migrator(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** Creates the record table when missing. */
    private void prepare() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE braid_migration (module VARCHAR(64) NOT NULL, version INT NOT NULL, "
                    + "description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL, "
                    + "PRIMARY KEY (module, version))");
        } catch (SQLException e) {
            if (!"X0Y32".equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) throw e; // exists (Derby, PostgreSQL)
        }
    }

    /** @return how many scripts were applied now */
    int apply(String module, List<Migration> scripts) {
        try (Connection turn = dataSource.getConnection()) {
            dialect.lock(turn, LOCK);
            try {
                prepare();
                return applyInTurn(module, scripts);
            } finally {
                dialect.unlock(turn, LOCK);
            }
        } catch (SQLException e) {
            throw new StoreException("migrating " + module + " failed: " + e.getMessage(), e);
        }
    }

    private int applyInTurn(String module, List<Migration> scripts) throws SQLException {
        Map<Integer, String> applied = applied(module);
        int count = 0;
        for (Migration m : scripts.stream().sorted(Comparator.comparingInt(Migration::version)).toList()) {
            String known = applied.get(m.version());
            if (known != null) {
                if (!known.equals(m.checksum())) {
                    throw new StoreException("migration " + module + " V" + m.version() + " was changed after it was applied; "
                            + "add a new migration instead", null);
                }
                continue;
            }
            run(module, m);
            count++;
        }
        return count;
    }

    private Map<Integer, String> applied(String module) throws SQLException {
        Map<Integer, String> out = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version, checksum FROM braid_migration WHERE module = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getInt(1), rs.getString(2));
            }
        }
        return out;
    }

    private void run(String module, Migration m) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement();
                 PreparedStatement rec = c.prepareStatement("INSERT INTO braid_migration VALUES (?, ?, ?, ?, ?)")) {
                for (String sql : m.statements()) st.executeUpdate(sql);
                rec.setString(1, module);
                rec.setInt(2, m.version());
                rec.setString(3, m.description());
                rec.setString(4, m.checksum());
                rec.setTimestamp(5, Timestamp.from(Instant.now()));
                rec.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("V" + m.version() + " (" + m.description() + "): " + e.getMessage(), e.getSQLState(), e);
            }
        }
    }
}
