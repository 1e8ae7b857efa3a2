package org.braid.platform.store;

import java.util.Collections;
import java.util.List;

/**
 * A table with its columns named once, so every insert and select lists its columns explicitly (a column added
 * later by a migration never shifts the values of an old statement).
 *
 * @since 1.1
 */
public final class Table {
    private final String name;
    private final List<String> columns;
    private final String insert;
    private final String select;

    /**
     * @param name    the table, e.g. {@code planning_action}
     * @param columns its columns in the order values are given to {@link Sql#insert}
     */
    public Table(String name, String... columns) {
        if (columns.length == 0) throw new IllegalArgumentException("a table needs columns");
        this.name = name;
        this.columns = List.of(columns);
        String list = String.join(", ", columns);
        this.insert = "INSERT INTO " + name + " (" + list + ") VALUES (" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        this.select = "SELECT " + list + " FROM " + name;
    }

    /** @return the table's name */
    public String name() {
        return name;
    }

    /** @return the columns, in order */
    public List<String> columns() {
        return columns;
    }

    /** @return {@code INSERT INTO name (columns) VALUES (?, ...)} */
    public String insert() {
        return insert;
    }

    /** @return {@code SELECT columns FROM name}, to which a {@code WHERE} or {@code ORDER BY} is appended */
    public String select() {
        return select;
    }

    /** @return {@code SELECT columns FROM name } followed by {@code rest}, e.g. {@code "WHERE id = ?"} */
    public String select(String rest) {
        return select + " " + rest;
    }

    @Override
    public String toString() {
        return name;
    }
}
