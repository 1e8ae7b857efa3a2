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

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof LocalDate d) ps.setDate(i + 1, Date.valueOf(d));
            else if (a instanceof Instant t) ps.setTimestamp(i + 1, Timestamp.from(t));
            else if (a instanceof Character ch) ps.setString(i + 1, String.valueOf(ch));
            else if (a instanceof BigDecimal b) ps.setBigDecimal(i + 1, b);
            else if (a == null) ps.setNull(i + 1, ps.getParameterMetaData().getParameterType(i + 1));
            else ps.setObject(i + 1, a);
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
