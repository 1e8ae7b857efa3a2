package org.braid.platform.internal.store;

import java.nio.file.Path;
import java.util.List;

/** In-memory Derby databases with the core schema, for store tests. */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static DerbyDatabase core(String coreSql) throws Exception {
        DerbyDatabase db = new DerbyDatabase(Path.of("test" + System.nanoTime()), false);
        db.migrate("core", List.of(Migration.of("V001__create_network.sql", coreSql)));
        return db;
    }
}
