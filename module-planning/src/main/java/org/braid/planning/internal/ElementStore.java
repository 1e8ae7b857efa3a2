package org.braid.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.type.TypeReference;
import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanStatus;
import org.braid.platform.json.BraidJson;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;

/**
 * The SQL every plan-element table shares: each row has an id, its plan, its parent, a position among its siblings
 * (kept 1..n, so it is the element's number there) and a version. One subclass per table adds its own columns.
 *
 * @param <T> the element as the API shows it
 */
abstract class ElementStore<T> {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    static final Object NO_DATE = Sql.nullOf(Types.DATE), NO_DECIMAL = Sql.nullOf(Types.DECIMAL);

    final Sql sql;
    final ElementKind kind;
    final Table table;
    final String parentColumn;
    /** The element's name in messages, e.g. "strategy measure". */
    final String label;

    ElementStore(Sql sql, ElementKind kind, Table table, String parentColumn, String label) {
        this.sql = sql;
        this.kind = kind;
        this.table = table;
        this.parentColumn = parentColumn;
        this.label = label;
    }

    /** @return the table's elements of one plan, grouped by parent in their order */
    abstract Map<String, List<T>> forPlan(String planId);

    /** Groups rows read in parent, position order. */
    final Map<String, List<T>> grouped(String orderedQuery, String planId, Function<T, String> parentOf, org.braid.platform.store.RowMapper<T> mapper) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        for (T e : sql.list(orderedQuery, mapper, planId)) out.computeIfAbsent(parentOf.apply(e), k -> new ArrayList<>()).add(e);
        return out;
    }

    /**
     * @return the element's place with its plan, read in one query
     * @throws NotFoundException when there is no such element
     */
    Located locate(String id) {
        return sql.first("SELECT x." + parentColumn + ", x.version, p.id, p.org_id, p.school_year, p.status, p.version FROM " + table.name()
                + " x JOIN planning_plan p ON p.id = x.plan_id WHERE x.id = ?", rs -> new Located(kind, id, rs.getString(1), rs.getLong(2),
                        plan(rs, 3), null), id).orElseThrow(() -> new NotFoundException(label, id));
    }

    /** @return the plan read from five columns starting at {@code at}: id, org_id, school_year, status, version */
    static Plan plan(ResultSet rs, int at) throws SQLException {
        return new Plan(rs.getString(at), rs.getString(at + 1), rs.getString(at + 2), PlanStatus.valueOf(rs.getString(at + 3)), rs.getLong(at + 4));
    }

    /** Inserts a row at the end of its siblings; {@link #place} puts it where it belongs. */
    final void insert(String id, Object... values) {
        sql.insert(table, () -> new ConflictException("id", "the id is taken by another " + label), values);
    }

    /** @return whether the row was at the expected version and is now changed (the optimistic check) */
    final boolean update(String id, long expected, String set, Object... values) {
        Object[] args = java.util.Arrays.copyOf(values, values.length + 2);
        args[values.length] = id;
        args[values.length + 1] = expected;
        return sql.update("UPDATE " + table.name() + " SET " + set + ", version = version + 1 WHERE id = ? AND version = ?", args) == 1;
    }

    /** @return the version stored now, for the message of a stale change */
    final long version(String id) {
        return sql.first("SELECT version FROM " + table.name() + " WHERE id = ?", rs -> rs.getLong(1), id).orElse(-1L);
    }

    final void delete(String id) {
        sql.update("DELETE FROM " + table.name() + " WHERE id = ?", id);
    }

    /**
     * Renumbers the children of a parent 1..n in their order, with {@code id} (if given) put at {@code position}
     * (1-based; at the end when {@code null} or past it).
     */
    final void place(String parentId, String id, Integer position) {
        Map<String, Integer> was = new HashMap<>();
        List<String> ids = new ArrayList<>(sql.list("SELECT id, position FROM " + table.name() + " WHERE " + parentColumn + " = ? ORDER BY position, id",
                rs -> {
                    was.put(rs.getString(1), rs.getInt(2));
                    return rs.getString(1);
                }, parentId));
        if (id != null) {
            ids.remove(id);
            ids.add(position == null ? ids.size() : Math.min(Math.max(position - 1, 0), ids.size()), id);
        }
        // only the rows whose place changes: an element added last (every one of an import) moves none
        List<Object[]> moves = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) if (!java.util.Objects.equals(was.get(ids.get(i)), i + 1)) moves.add(new Object[] {i + 1, ids.get(i)});
        if (!moves.isEmpty()) sql.batch("UPDATE " + table.name() + " SET position = ? WHERE id = ?", moves);
    }

    // ---- column encodings ------------------------------------------------------------------------

    /** @return a list kept as JSON text (codes, collaborators, outputs), each entry stripped */
    static String text(List<String> values) {
        return BraidJson.write(values == null ? List.of() : values.stream().map(String::strip).toList());
    }

    static List<String> strings(String json) {
        return json == null || json.equals("[]") ? List.of() : BraidJson.readStored(json, STRINGS);
    }

    /** @return an ISO date as a DATE parameter, or a typed NULL */
    static Object sqlDate(String iso) {
        return iso == null || iso.isBlank() ? NO_DATE : LocalDate.parse(iso);
    }

    /** @return the coding framework the element's codes were given in, or {@code null} */
    String frameworkOf(String id) {
        if (!table.columns().contains("framework_id")) return null;
        return sql.first("SELECT framework_id FROM " + table.name() + " WHERE id = ?", rs -> rs.getString(1), id).orElse(null);
    }

    /** @return the codes of the plan's elements of this kind with their framework, by element id (none for a kind without codes) */
    Map<String, Codes.Coded> codesForPlan(String planId) {
        Map<String, Codes.Coded> out = new java.util.HashMap<>();
        if (!table.columns().contains("framework_id")) return out;
        sql.list("SELECT id, framework_id, codes FROM " + table.name() + " WHERE plan_id = ?",
                rs -> out.put(rs.getString(1), new Codes.Coded(rs.getString(2), strings(rs.getString(3)))), planId);
        return out;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
