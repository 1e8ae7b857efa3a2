package org.braid.platform.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.braid.core.model.ConflictException;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The store helpers on a real in-memory Derby. */
class SqlTest {
    static final Table THING = new Table("thing", "id", "due", "amount", "rank_no", "seen");

    private final Database db = TestDatabases.memory("sql" + System.nanoTime());
    private final Sql sql = new Sql(db);

    SqlTest() {
        sql.update("CREATE TABLE thing (id VARCHAR(10) NOT NULL PRIMARY KEY, due DATE, amount DECIMAL(8, 2), rank_no INTEGER, seen TIMESTAMP)");
    }

    @Test
    void bindsTypedValuesAndTypedNullsAndMapsRows() {
        Instant at = Instant.parse("2026-09-01T12:00:00Z");
        sql.insert(THING, () -> new ConflictException("id", "taken"), "a", LocalDate.of(2026, 9, 1), new BigDecimal("12.50"), 3, at);
        sql.insert(THING, () -> new ConflictException("id", "taken"), "b", Sql.nullOf(Types.DATE), Sql.orNull(null, Types.DECIMAL),
                Sql.orNull(null, Types.INTEGER), Sql.nullOf(Types.TIMESTAMP));
        List<String> rows = sql.list(THING.select("ORDER BY id"), rs -> rs.getString(1) + " " + Sql.isoDate(rs, 2) + " " + rs.getBigDecimal(3)
                + " " + Sql.integer(rs, 4) + " " + (rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()));
        assertEquals(List.of("a 2026-09-01 12.50 3 2026-09-01T12:00:00Z", "b null null null null"), rows);
        assertEquals("a", sql.first("SELECT id FROM thing WHERE rank_no = ?", rs -> rs.getString(1), 3).orElseThrow());
        assertTrue(sql.first("SELECT id FROM thing WHERE id = ?", rs -> rs.getString(1), "z").isEmpty());
        assertEquals(1, sql.update("UPDATE thing SET rank_no = ? WHERE id = ?", 4, "b"));
    }

    @Test
    void aTakenKeyIsTheConflictTheStoreNames() {
        sql.insert(THING, () -> new ConflictException("id", "taken"), "a", null, null, null, null);
        ConflictException e = assertThrows(ConflictException.class,
                () -> sql.insert(THING, () -> new ConflictException("id", "thing a already exists"), "a", null, null, null, null));
        assertEquals("thing a already exists", e.getMessage());
        assertThrows(ConflictException.class, () -> sql.update("INSERT INTO thing (id) VALUES (?)", "a"));
    }

    @Test
    void aBatchInsertIsAllOrNothingWithinItsTransaction() {
        sql.insertAll(THING, List.of(new Object[] {"a", null, null, 1, null}, new Object[] {"b", null, null, 2, null}),
                () -> new ConflictException("id", "taken"));
        assertEquals(2L, sql.first("SELECT COUNT(*) FROM thing", rs -> rs.getLong(1)).orElseThrow());
        assertThrows(ConflictException.class, () -> db.transaction(c -> {
            sql.insertAll(THING, List.of(new Object[] {"c", null, null, 3, null}, new Object[] {"a", null, null, 4, null}),
                    () -> new ConflictException("id", "taken"));
            return null;
        }));
        assertEquals(2L, sql.first("SELECT COUNT(*) FROM thing", rs -> rs.getLong(1)).orElseThrow());
        int[] changed = sql.batch("UPDATE thing SET rank_no = ? WHERE id = ?", List.of(new Object[] {10, "a"}, new Object[] {20, "b"}));
        assertEquals(2, changed.length);
        assertThrows(IllegalArgumentException.class, () -> sql.insert(THING, () -> new ConflictException("id", "taken"), "x"));
    }
}
