package org.braid.platform.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.braid.core.model.BraidException;
import org.braid.core.model.ConflictException;

/**
 * Plain JDBC on the connection of the transaction open on this thread (joining or opening one through
 * {@link Database#transaction}): binds parameters, maps rows, batches inserts, and answers a unique-key violation as a
 * {@link ConflictException} (409) instead of a server error.
 *
 * <p>Parameters are bound by their Java type: {@code String}, {@code Integer}, {@code Long}, {@code Short},
 * {@code Boolean}, {@code BigDecimal}, {@code LocalDate} (a DATE), {@code Instant} (a TIMESTAMP), {@code java.sql.Date}
 * {@code Timestamp} and {@code byte[]} (a BLOB or BYTEA, since 1.4); {@code null} is a NULL the database types from its column (a NULL string on Derby, an untyped
 * NULL on PostgreSQL, which refuses a NULL typed as a string for a date or a number). Where no column gives the type
 * (e.g. {@code ? IS NULL}) pass {@link #nullOf}.
 *
 * @since 1.1
 */
public final class Sql {
    /** The SQLState of a unique-key or primary-key violation, the same on Derby and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";

    private final Database db;

    /** @param db the store whose transactions the statements run in */
    public Sql(Database db) {
        this.db = db;
    }

    /**
     * A typed SQL NULL, for a column that is not a string.
     *
     * @param sqlType a {@link Types} constant, e.g. {@link Types#DATE}
     * @return a parameter value binding NULL of that type
     */
    public static Object nullOf(int sqlType) {
        return new TypedNull(sqlType);
    }

    /** @return {@code value}, or a NULL of {@code sqlType} when it is {@code null} */
    public static Object orNull(Object value, int sqlType) {
        return value == null ? nullOf(sqlType) : value;
    }

    /**
     * Runs an INSERT, UPDATE or DELETE.
     *
     * @return the number of rows it changed
     * @throws ConflictException on a unique-key violation (a generic one; use {@link #insert} to say which record)
     */
    public int update(String sql, Object... args) {
        return db.transaction(c -> execute(c, sql, args, () -> new ConflictException("id", "a record with the same key already exists")));
    }

    /**
     * Inserts one row into a table, with the values in the order of its columns.
     *
     * @param onDuplicate what to answer when a unique key is already taken: usually a {@link ConflictException} (409) naming
     *                    the field, e.g. an imported id that exists
     * @throws org.braid.core.model.BraidException from {@code onDuplicate}
     */
    public void insert(Table table, Supplier<? extends BraidException> onDuplicate, Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table + " has " + table.columns().size() + " columns, not " + values.length);
        }
        db.transaction(c -> execute(c, table.insert(), values, onDuplicate));
    }

    /**
     * Inserts many rows into a table in one batch.
     *
     * @param rows each row's values in the order of the table's columns
     * @throws org.braid.core.model.BraidException from {@code onDuplicate} when any row takes a unique key already taken
     */
    public void insertAll(Table table, List<Object[]> rows, Supplier<? extends BraidException> onDuplicate) {
        if (rows.isEmpty()) return;
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(table.insert())) {
                for (Object[] row : rows) {
                    if (row.length != table.columns().size()) {
                        throw new IllegalArgumentException(table + " has " + table.columns().size() + " columns, not " + row.length);
                    }
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (SQLException e) {
                if (duplicate(e)) throw onDuplicate.get();
                throw e;
            }
            return null;
        });
    }

    /**
     * Runs the same statement once per set of arguments, in one batch (e.g. renumbering siblings).
     *
     * @return the number of rows each set changed
     */
    public int[] batch(String sql, List<Object[]> argumentSets) {
        if (argumentSets.isEmpty()) return new int[0];
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] args : argumentSets) {
                    bind(ps, args);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    /** @return every row of the query, mapped, in the order the query returns them */
    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... args) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) out.add(mapper.map(rs));
                    return out;
                }
            }
        });
    }

    /** @return the first row of the query, mapped, or empty when there is none */
    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... args) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
                }
            }
        });
    }

    /** @return the DATE column as {@code yyyy-mm-dd}, or {@code null} */
    public static String isoDate(ResultSet row, int column) throws SQLException {
        Date d = row.getDate(column);
        return d == null ? null : d.toLocalDate().toString();
    }

    /** @return the integer column, or {@code null} when it is NULL */
    public static Integer integer(ResultSet row, int column) throws SQLException {
        int v = row.getInt(column);
        return row.wasNull() ? null : v;
    }

    /** @return whether the failure is a unique-key violation */
    public static boolean duplicate(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (UNIQUE_VIOLATION.equals(x.getSQLState())) return true;
        }
        return false;
    }

    private static int execute(Connection c, String sql, Object[] args, Supplier<? extends BraidException> onDuplicate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            if (duplicate(e)) throw onDuplicate.get();
            throw e;
        }
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        int untypedNull = 0;
        for (int i = 0; i < args.length; i++) {
            int at = i + 1;
            Object a = args[i];
            if (a == null) {
                if (untypedNull == 0) untypedNull = untypedNull(ps);
                ps.setNull(at, untypedNull);
            }
            else if (a instanceof TypedNull n) ps.setNull(at, n.sqlType());
            else if (a instanceof String s) ps.setString(at, s);
            else if (a instanceof Integer n) ps.setInt(at, n);
            else if (a instanceof Long n) ps.setLong(at, n);
            else if (a instanceof Short n) ps.setShort(at, n);
            else if (a instanceof Boolean b) ps.setBoolean(at, b);
            else if (a instanceof BigDecimal n) ps.setBigDecimal(at, n);
            else if (a instanceof LocalDate d) ps.setDate(at, Date.valueOf(d));
            else if (a instanceof Instant t) ps.setTimestamp(at, Timestamp.from(t));
            else if (a instanceof Date d) ps.setDate(at, d);
            else if (a instanceof Timestamp t) ps.setTimestamp(at, t);
            else if (a instanceof byte[] b) ps.setBytes(at, b);
            else throw new IllegalArgumentException("cannot bind a " + a.getClass().getName() + " (parameter " + at + ")");
        }
    }

    /** @return the type to bind a NULL of unknown type as: VARCHAR on Derby (which needs one), NULL (inferred) on PostgreSQL */
    private static int untypedNull(PreparedStatement ps) throws SQLException {
        return ps.getConnection().getMetaData().getDatabaseProductName().startsWith("PostgreSQL") ? Types.NULL : Types.VARCHAR;
    }

    private record TypedNull(int sqlType) {}
}
