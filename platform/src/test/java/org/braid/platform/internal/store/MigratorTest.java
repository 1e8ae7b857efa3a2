package org.braid.platform.internal.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.braid.platform.store.StoreException;
import org.junit.jupiter.api.Test;

class MigratorTest {

    static JdbcDatabase memory(String name) throws Exception {
        return JdbcDatabase.derby(Path.of(name + System.nanoTime()), false);
    }

    @Test
    void theCoreSchemaAppliesOnDerby() throws Exception {
        JdbcDatabase db = memory("core");
        String sql = Files.readString(Path.of("src/main/resources/db/core/V001__create_network.sql"));
        assertEquals(1, db.migrate("core", List.of(Migration.of("V001__create_network.sql", sql))));
        assertEquals(0, (int) db.transaction(c -> c.createStatement().executeQuery("SELECT COUNT(*) FROM organization").next() ? 0 : -1));
    }

    @Test
    void eachScriptRunsOnceAndIsRecorded() throws Exception {
        JdbcDatabase db = memory("once");
        List<Migration> v1 = List.of(Migration.of("V001__a.sql", "CREATE TABLE a (x INT);\nINSERT INTO a VALUES (1);"));
        assertEquals(1, db.migrate("m", v1));
        assertEquals(0, db.migrate("m", v1));
        List<Migration> v2 = List.of(v1.get(0), Migration.of("V002__b.sql", "INSERT INTO a VALUES (2);"));
        assertEquals(1, db.migrate("m", v2));
        long rows = db.transaction(c -> {
            var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM a");
            rs.next();
            return rs.getLong(1);
        });
        assertEquals(2, rows);
    }

    @Test
    void aFailingScriptLeavesNothingBehind() throws Exception {
        JdbcDatabase db = memory("fail");
        List<Migration> bad = List.of(Migration.of("V001__bad.sql", "CREATE TABLE t (x INT);\nCREATE TABLE broken (;"));
        StoreException e = assertThrows(StoreException.class, () -> db.migrate("m", bad));
        assertTrue(e.getMessage().contains("V1"), e.getMessage());
        // the first statement was rolled back with the second, so a fixed script applies cleanly
        assertEquals(1, db.migrate("m", List.of(Migration.of("V001__bad.sql", "CREATE TABLE t (x INT);"))));
    }

    @Test
    void aChangedAppliedScriptStopsTheStart() throws Exception {
        JdbcDatabase db = memory("changed");
        db.migrate("m", List.of(Migration.of("V001__a.sql", "CREATE TABLE a (x INT);")));
        StoreException e = assertThrows(StoreException.class,
                () -> db.migrate("m", List.of(Migration.of("V001__a.sql", "CREATE TABLE a (y INT);"))));
        assertTrue(e.getMessage().contains("changed"), e.getMessage());
    }

    @Test
    void modulesAreRecordedSeparately() throws Exception {
        JdbcDatabase db = memory("sep");
        assertEquals(1, db.migrate("a", List.of(Migration.of("V001__x.sql", "CREATE TABLE ta (x INT);"))));
        assertEquals(1, db.migrate("b", List.of(Migration.of("V001__x.sql", "CREATE TABLE tb (x INT);"))));
    }

    @Test
    void fileNamesFollowThePattern() {
        assertThrows(IllegalArgumentException.class, () -> Migration.of("create.sql", ""));
        Migration m = Migration.of("V012__add_goal_index.sql", "-- comment\nCREATE INDEX i ON t (x);\nSELECT 1\nFROM t;");
        assertEquals(12, m.version());
        assertEquals("add goal index", m.description());
        assertEquals(List.of("CREATE INDEX i ON t (x)", "SELECT 1\nFROM t"), m.statements());
    }
}
