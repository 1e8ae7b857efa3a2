package org.braid.platform.internal.network;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.braid.core.model.OrgType;
import org.braid.platform.store.Sql;

/**
 * The exact totals of the organization lists that do not search by name (a level, a parent, the caller's scope),
 * counted once and kept until an organization changes, so a page of a state's 9,000 schools reads one row to know
 * its total instead of counting them. Every change adds one to a count in the store, in the change's own transaction
 * ({@code organization_change_count}); a total is used only while that count is what it was before the total was
 * counted, so a change at this node or at any other node sharing the database is never answered with an old total.
 */
final class ListTotals {
    /** Which list a total is of. */
    record Key(OrgType type, String parentId, List<String> within) {}

    private record Counted(long changes, long total) {}

    /** A bound on the totals kept: a list per level, parent and scope asked for; past it they are counted again. */
    static final int MAX_KEPT = 10_000;

    private final Map<Key, Counted> kept = new ConcurrentHashMap<>();

    /** @return how many times the organizations changed, as the caller's transaction sees it */
    static long changes(Sql sql) {
        return sql.first("SELECT changes FROM organization_change_count WHERE id = 1", rs -> rs.getLong(1)).orElse(0L);
    }

    /** Counts a change to the organizations; called in the change's transaction, so the count commits with it. */
    static void changed(Sql sql) {
        sql.update("UPDATE organization_change_count SET changes = changes + 1 WHERE id = 1");
    }

    /** @return the list's total counted when the organizations had changed this many times, if kept */
    OptionalLong get(Key key, long changes) {
        Counted c = kept.get(key);
        return c != null && c.changes() == changes ? OptionalLong.of(c.total()) : OptionalLong.empty();
    }

    /**
     * Keeps a total counted after reading {@code changes} (read first: the total is at least that recent). A total of
     * fewer changes than the one kept does not replace it.
     */
    void put(Key key, long changes, long total) {
        if (kept.size() >= MAX_KEPT) kept.clear();
        kept.merge(key, new Counted(changes, total), (old, now) -> now.changes() >= old.changes() ? now : old);
    }
}
