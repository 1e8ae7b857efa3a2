package org.braid.platform.internal.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.rest.Actor;
import org.braid.platform.internal.http.Json;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit trail: every change, with who, when, which record, and the record before and after,
 * written in the transaction of the change itself, so there is no change without its entry.
 */
@Component(service = AuditLog.class)
public class AuditLog {
    /** Before and after are cut beyond this many characters (the column's size). */
    static final int MAX_JSON = 32000;

    /** One entry. */
    public record Entry(long id, String at, String userId, String username, String orgId, String operation, String path,
            String recordId, JsonNode before, JsonNode after) {}

    private final Database db;

    @Activate
    public AuditLog(@Reference Database db) {
        this.db = db;
    }

    /** Records a change in the current transaction. */
    public void record(Actor actor, String operation, String path, String orgId, String recordId, Object before, Object after) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO braid_audit (changed_at, user_id, username, org_id, operation, path, record_id, "
                    + "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.setString(2, actor == null ? null : actor.userId());
                ps.setString(3, actor == null ? null : actor.username());
                ps.setString(4, orgId);
                ps.setString(5, cut(operation, 300));
                ps.setString(6, cut(path, 1000));
                ps.setString(7, cut(recordId, 200));
                ps.setString(8, json(before));
                ps.setString(9, json(after));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A page of entries, newest first, and the cursor of the next page ({@code null} after the last). */
    public record Page(List<Entry> items, String next) {}

    /** The most entries one page may hold: a page is read whole into memory. */
    public static final int MAX_PAGE = 100;

    /**
     * Which entries to read; {@code null} fields do not filter.
     *
     * @param within    only entries about these organizations and their subtrees; {@code null} for all
     * @param username  only changes made by this user or to their account
     * @param operation only this operation, as entries name it, e.g. {@code PUT /users/{id}}
     * @param since     only entries at or after this instant
     * @param until     only entries before this instant
     */
    public record Filter(List<String> within, String username, String operation, Instant since, Instant until) {}

    /** As {@link #find(Filter, int, Long)} with only a scope and a start. */
    public Page find(List<String> within, Instant since, int limit, Long before) {
        return find(new Filter(within, null, null, since, null), limit, before);
    }

    /**
     * Reads a page of the trail, newest first. The read walks the index {@code braid_audit_newest}
     * from the cursor and stops after {@code limit} matching entries, so neither a sort nor a
     * temporary file is needed however large the trail grows.
     *
     * @param limit  1 to {@value #MAX_PAGE}
     * @param before the cursor: only entries older than this entry id, or {@code null} for the newest
     */
    public Page find(Filter filter, int limit, Long before) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<String> within = filter.within();
        // the hint is a comment to any other database: Derby walks the newest-first index and never sorts
        StringBuilder sql = new StringBuilder("SELECT id, changed_at, user_id, username, org_id, operation, path, record_id, before_json, after_json "
                + "FROM braid_audit --DERBY-PROPERTIES index=braid_audit_newest\n WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (within != null) {
            if (within.isEmpty()) return new Page(List.of(), null);
            String in = String.join(", ", Collections.nCopies(within.size(), "?"));
            sql.append(" AND (org_id IN (" + in + ") OR org_id IN (SELECT id FROM organization WHERE parent_id IN (" + in + ") OR grandparent_id IN (" + in + ")))");
            for (int i = 0; i < 3; i++) args.addAll(within);
        }
        if (filter.username() != null) {
            // the account's own entries carry its id as the record: a user's roles changed by an admin, say
            sql.append(" AND (username = ? OR record_id IN (SELECT id FROM braid_user WHERE username = ?))");
            args.add(filter.username());
            args.add(filter.username());
        }
        if (filter.operation() != null) {
            sql.append(" AND operation = ?");
            args.add(filter.operation());
        }
        if (filter.since() != null) {
            sql.append(" AND changed_at >= ?");
            args.add(Timestamp.from(filter.since()));
        }
        if (filter.until() != null) {
            sql.append(" AND changed_at < ?");
            args.add(Timestamp.from(filter.until()));
        }
        if (before != null) {
            sql.append(" AND id < ?");
            args.add(before);
        }
        sql.append(" ORDER BY id DESC FETCH FIRST " + (size + 1) + " ROWS ONLY");
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    List<Entry> out = new ArrayList<>();
                    boolean more = false;
                    while (rs.next()) {
                        if (out.size() == size) {
                            more = true; // one row past the page says there is a next page
                            break;
                        }
                        out.add(new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant().toString(), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), tree(rs.getString(9)), tree(rs.getString(10))));
                    }
                    return new Page(out, more ? String.valueOf(out.get(out.size() - 1).id()) : null);
                }
            }
        });
    }

    private static String json(Object value) {
        if (value == null) return null;
        try {
            String full = Json.MAPPER.writeValueAsString(value), s = full;
            // a long record keeps its beginning; quoting it again can lengthen it, so cut until it fits the column
            for (int keep = MAX_JSON - 100; s.length() > MAX_JSON; keep = keep * 3 / 4) {
                s = Json.MAPPER.writeValueAsString(java.util.Map.of("truncated", full.substring(0, Math.min(keep, full.length()))));
            }
            return s;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static JsonNode tree(String s) {
        try {
            return s == null ? null : Json.MAPPER.readTree(s);
        } catch (JsonProcessingException e) {
            return Json.MAPPER.getNodeFactory().textNode(s);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
