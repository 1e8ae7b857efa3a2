package org.braid.platform.internal.store;

import java.nio.file.Path;
import java.util.List;

/** In-memory Derby databases with the core schema, for store tests. */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** @param scripts the core migrations in order, V001 first */
    public static DerbyDatabase core(String... scripts) throws Exception {
        DerbyDatabase db = new DerbyDatabase(Path.of("test" + System.nanoTime()), false);
        java.util.ArrayList<Migration> list = new java.util.ArrayList<>();
        for (int i = 0; i < scripts.length; i++) list.add(Migration.of(String.format("V%03d__core.sql", i + 1), scripts[i]));
        db.migrate("core", list);
        return db;
    }
}
