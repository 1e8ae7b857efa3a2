package org.braid.coaching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The coaching tables, migrated before the services that use them register. */
@Component(service = CommentStore.class)
public class CommentStore {
    static final Table COMMENT = new Table("coaching_comment", "id", "org_id", "record_id", "record_kind", "body", "author", "created_at", "answer",
            "answered_by", "answered_at", "resolved", "resolved_by", "resolved_at", "version");
    /** Organizations per {@code IN (...)}: a state's subtree is read in slices this long. */
    private static final int SLICE = 500;

    final Database db;
    private final Sql sql;

    @Activate
    public CommentStore(BundleContext context, @Reference Database db) {
        this(db);
        db.migrate(CoachingModule.ID, context.getBundle());
    }

    /** For tests: a database already migrated. */
    CommentStore(Database db) {
        this.db = db;
        this.sql = new Sql(db);
    }

    /** Stores a comment as it is (a new one has no answer yet; an imported one keeps its answer and resolution). */
    void insert(Comment c) {
        sql.insert(COMMENT, () -> new ConflictException("id", "a comment with this id exists"), c.id(), c.orgId(), c.recordId(), c.recordKind(),
                c.text(), c.author(), Timestamp.from(Instant.parse(c.createdAt())), c.answer(), c.answeredBy(), timestamp(c.answeredAt()), c.resolved(),
                c.resolvedBy(), timestamp(c.resolvedAt()), c.version());
    }

    /** @throws NotFoundException when there is no such comment */
    Comment get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("comment", id));
    }

    Optional<Comment> find(String id) {
        return sql.first(COMMENT.select("WHERE id = ?"), CommentStore::comment, id);
    }

    /** @return the organization the record's comments name, if it has any */
    Optional<String> orgOfRecord(String recordId) {
        return sql.first("SELECT org_id FROM coaching_comment WHERE record_id = ?", rs -> rs.getString(1), recordId);
    }

    /** @return the record's comments, oldest first */
    List<Comment> ofRecord(String recordId) {
        return sql.list(COMMENT.select("WHERE record_id = ? ORDER BY created_at, id"), CommentStore::comment, recordId);
    }

    /** @return the comments on records of these organizations, oldest first */
    List<Comment> ofOrganizations(Collection<String> orgIds) {
        List<Comment> out = new ArrayList<>();
        for (List<String> slice : slices(orgIds)) {
            out.addAll(sql.list(COMMENT.select("WHERE org_id IN (" + marks(slice.size()) + ")"), CommentStore::comment, slice.toArray()));
        }
        out.sort((a, b) -> a.createdAt().equals(b.createdAt()) ? a.id().compareTo(b.id()) : Instant.parse(a.createdAt()).compareTo(Instant.parse(b.createdAt())));
        return out;
    }

    /** @return per organization, how many comments on its records are not resolved; organizations without any are left out */
    Map<String, Integer> openCounts(Collection<String> orgIds) {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> slice : slices(orgIds)) {
            sql.list("SELECT org_id, COUNT(*) FROM coaching_comment WHERE resolved = ? AND org_id IN (" + marks(slice.size()) + ") GROUP BY org_id",
                    rs -> out.put(rs.getString(1), rs.getInt(2)), params(false, slice));
        }
        return out;
    }

    /** Writes the answer and the resolution as they are in {@code c}, one version on, if nobody changed it since {@code expected}. */
    boolean update(Comment c, long expected) {
        return sql.update("UPDATE coaching_comment SET answer = ?, answered_by = ?, answered_at = ?, resolved = ?, resolved_by = ?, resolved_at = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?", c.answer(), c.answeredBy(), timestamp(c.answeredAt()), c.resolved(), c.resolvedBy(),
                timestamp(c.resolvedAt()), c.id(), expected) == 1;
    }

    // --- one-time marks

    boolean marked(String name) {
        return sql.first("SELECT setting_value FROM coaching_setting WHERE name = ?", rs -> rs.getString(1), name).isPresent();
    }

    void mark(String name, String value) {
        sql.update("INSERT INTO coaching_setting (name, setting_value) VALUES (?, ?)", name, value);
    }

    private static Object timestamp(String iso) {
        return iso == null ? Sql.nullOf(java.sql.Types.TIMESTAMP) : Timestamp.from(Instant.parse(iso));
    }

    private static String iso(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().toString();
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        return new Comment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), iso(rs, 7),
                rs.getString(8), rs.getString(9), iso(rs, 10), rs.getBoolean(11), rs.getString(12), iso(rs, 13), rs.getLong(14));
    }

    private static List<List<String>> slices(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SLICE) out.add(all.subList(i, Math.min(all.size(), i + SLICE)));
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static Object[] params(Object first, List<String> rest) {
        Object[] out = new Object[rest.size() + 1];
        out[0] = first;
        for (int i = 0; i < rest.size(); i++) out[i + 1] = rest.get(i);
        return out;
    }
}
