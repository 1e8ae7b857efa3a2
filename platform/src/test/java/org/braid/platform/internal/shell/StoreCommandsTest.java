package org.braid.platform.internal.shell;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.braid.platform.internal.security.AuditLog;
import org.braid.platform.internal.store.JdbcDatabase;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** braid:store and braid:backup on the store the tests run on: the store named as health names it, a backup audited. */
class StoreCommandsTest {
    @TempDir
    Path data;
    JdbcDatabase db;
    AuditLog audit;

    @BeforeEach
    void setUp() {
        db = (JdbcDatabase) TestDatabases.onDisk(data);
        audit = new AuditLog(db);
    }

    @Test
    void storeNamesTheDatabaseWithoutTheUrlsParameters() throws Exception {
        StoreCommand store = new StoreCommand();
        store.db = db;
        store.audit = audit;
        store.store = db;
        String out = printed(store);
        assertTrue(out.contains("store:   " + TestDatabases.store()), out);
        String url = out.lines().filter(l -> l.startsWith("url:")).findFirst().orElseThrow();
        assertFalse(url.contains(";") || url.contains("?"), url);
    }

    @Test
    void backupWritesADatabaseUnderTheDataDirectoryOrNamesPostgresqlsTools() throws Exception {
        BackupCommand backup = new BackupCommand();
        backup.db = db;
        backup.audit = audit;
        backup.store = db;
        if (TestDatabases.store().equals("postgresql")) {
            var e = assertThrows(IllegalArgumentException.class, () -> printed(backup));
            assertTrue(e.getMessage().contains("pg_dump"), e.getMessage());
            return;
        }
        String out = printed(backup);
        Path dir = Path.of(out.strip().substring("backup in ".length()));
        assertTrue(dir.startsWith(data.resolve("backups")), out);
        assertTrue(Files.isDirectory(dir.resolve("db")), out);
        assertEquals("karaf braid:backup", audit.find(null, null, 10, null).items().get(0).operation());
    }

    private static String printed(OperatorCommand command) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
