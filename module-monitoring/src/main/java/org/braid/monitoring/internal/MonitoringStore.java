package org.braid.monitoring.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The monitoring tables, migrated before the services that use them register; and the plain JDBC they share. */
@Component(service = MonitoringStore.class)
public class MonitoringStore {
    final Database db;

    @Activate
    public MonitoringStore(BundleContext context, @Reference Database db) {
        this.db = db;
        db.migrate(MonitoringModule.ID, context.getBundle());
    }

    /** For tests: a database already migrated. */
    MonitoringStore(Database db) {
        this.db = db;
    }

    /** A row mapper that may throw {@link SQLException}. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> T tx(org.braid.platform.store.SqlWork<T> work) {
        return db.transaction(work);
    }

    static int exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) out.add(row.map(rs));
                return out;
            }
        }
    }

    /** @return whether the statement (or a statement of the batch) broke a primary key or unique index, SQLState 23505 on both stores */
    static boolean duplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = t instanceof SQLException s && s.getNextException() != null ? s.getNextException() : t.getCause()) {
            if (t instanceof SQLException s && Sql.UNIQUE_VIOLATION.equals(s.getSQLState())) return true;
        }
        return false;
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        bindFrom(ps, 1, args);
    }

    /** Binds the arguments to the parameters from the one numbered {@code first}. */
    static void bindFrom(PreparedStatement ps, int first, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int at = first + i;
            if (a instanceof LocalDate d) ps.setDate(at, Date.valueOf(d));
            else if (a instanceof Instant t) ps.setTimestamp(at, Timestamp.from(t));
            else if (a instanceof Character ch) ps.setString(at, String.valueOf(ch));
            else if (a instanceof BigDecimal b) ps.setBigDecimal(at, b);
            else if (a == null) ps.setNull(at, ps.getParameterMetaData().getParameterType(at));
            else ps.setObject(at, a);
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
