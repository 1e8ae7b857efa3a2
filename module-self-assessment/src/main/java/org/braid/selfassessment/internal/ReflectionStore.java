package org.braid.selfassessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.StaleVersionException;
import org.braid.platform.store.Database;
import org.braid.platform.store.RowMapper;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The self-assessment tables (reflections, teams, ratings, consensus, process self-assessments), migrated before the
 * services that use them register. Ratings leave this class only as a member's own or as counts per level.
 */
@Component(service = ReflectionStore.class)
public class ReflectionStore {
    static final Table REFLECTION = new Table("sa_reflection", "id", "org_id", "school_year", "lead_user_id", "status", "version");
    static final Table MEMBER = new Table("sa_team_member", "reflection_id", "user_id");
    static final Table RATING = new Table("sa_rating", "reflection_id", "element_code", "rater", "rating_level", "evidence", "notes", "version");
    static final Table CONSENSUS = new Table("sa_consensus", "reflection_id", "element_code", "consensus_level", "notes", "version", "evidence");
    static final Table PROCESS = new Table("sa_process_assessment", "id", "org_id", "school_year", "body", "version");
    /** Ratings carried over by an import name no member; each gets a rater of this prefix and a number. */
    static final String IMPORTED = "imported-";

    final Database db;
    final Sql sql;

    @Activate
    public ReflectionStore(BundleContext context, @Reference Database db) {
        this(db);
        db.migrate(SelfAssessmentModule.ID, context.getBundle());
    }

    /** For tests: a database already migrated. */
    ReflectionStore(Database db) {
        this.db = db;
        this.sql = new Sql(db);
    }

    // --- reflections and teams

    Reflection insert(Reflection r) {
        return db.transaction(c -> {
            sql.insert(REFLECTION, () -> new ConflictException("schoolYear", "the district already has a self-reflection for this school year"),
                    r.id(), r.orgId(), r.schoolYear(), r.leadUserId(), r.status(), 1L);
            List<Object[]> members = new ArrayList<>();
            for (String user : r.teamUserIds()) members.add(new Object[] {r.id(), user});
            sql.insertAll(MEMBER, members, () -> new ConflictException("teamUserIds", "names a member twice"));
            return get(r.id());
        });
    }

    /** @throws NotFoundException when there is no such self-reflection */
    Reflection get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("self-reflection", id));
    }

    Optional<Reflection> find(String id) {
        return db.transaction(c -> sql.first(REFLECTION.select("WHERE id = ?"), this::reflection, id));
    }

    /** @return the district's self-reflections, newest school year first */
    List<Reflection> forOrganization(String orgId) {
        return sql.list(REFLECTION.select("WHERE org_id = ? ORDER BY school_year DESC, id"), this::reflection, orgId);
    }

    /**
     * @return every self-reflection, of one school year or (for {@code null}) of all, by district and year, without
     *         their teams (one read, for the roll-up)
     */
    List<Reflection> all(String schoolYear) {
        RowMapper<Reflection> withoutTeam = rs -> new Reflection(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), List.of(),
                rs.getString(5), rs.getLong(6));
        return schoolYear == null ? sql.list(REFLECTION.select("ORDER BY org_id, school_year"), withoutTeam)
                : sql.list(REFLECTION.select("WHERE school_year = ? ORDER BY org_id"), withoutTeam, schoolYear);
    }

    void close(String id) {
        sql.update("UPDATE sa_reflection SET status = ?, version = version + 1 WHERE id = ?", Reflection.CLOSED, id);
    }

    private Reflection reflection(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        List<String> team = sql.list("SELECT user_id FROM sa_team_member WHERE reflection_id = ? ORDER BY user_id", x -> x.getString(1), id);
        return new Reflection(id, rs.getString(2), rs.getString(3), rs.getString(4), team, rs.getString(5), rs.getLong(6));
    }

    // --- ratings: a member's own, or counts

    /**
     * Saves a member's rating of an element, new or changed.
     *
     * @param expected the version the member saw, or {@code null} to save regardless (each member writes only their own)
     * @return the rating as stored
     */
    Rating rate(String reflectionId, String code, String rater, Inputs.RatingInput in, Long expected) {
        return db.transaction(c -> {
            Optional<Rating> now = myRating(reflectionId, code, rater);
            if (expected != null && now.map(Rating::version).orElse(0L).longValue() != expected) {
                throw new StaleVersionException("your rating", "of this element", expected, now.map(Rating::version).orElse(0L));
            }
            if (now.isEmpty()) {
                sql.insert(RATING, () -> new ConflictException("elementCode", "was rated at the same moment; send it again"), reflectionId, code, rater,
                        in.level(), in.evidence(), in.notes(), 1L);
            } else {
                sql.update("UPDATE sa_rating SET rating_level = ?, evidence = ?, notes = ?, version = version + 1 "
                        + "WHERE reflection_id = ? AND element_code = ? AND rater = ?", in.level(), in.evidence(), in.notes(), reflectionId, code, rater);
            }
            return myRating(reflectionId, code, rater).orElseThrow();
        });
    }

    Optional<Rating> myRating(String reflectionId, String code, String rater) {
        return sql.first(RATING.select("WHERE reflection_id = ? AND element_code = ? AND rater = ?"), ReflectionStore::rating, reflectionId, code, rater);
    }

    /** @return the member's own ratings, in element order of the store */
    List<Rating> myRatings(String reflectionId, String rater) {
        return sql.list(RATING.select("WHERE reflection_id = ? AND rater = ? ORDER BY element_code"), ReflectionStore::rating, reflectionId, rater);
    }

    /** @return per element code, how many rated it at level 1, 2, 3 and 4; no rater, no evidence */
    Map<String, List<Integer>> distributions(String reflectionId) {
        Map<String, Integer[]> counts = new LinkedHashMap<>();
        sql.list("SELECT element_code, rating_level, COUNT(*) FROM sa_rating WHERE reflection_id = ? GROUP BY element_code, rating_level",
                rs -> counts.computeIfAbsent(rs.getString(1), k -> new Integer[] {0, 0, 0, 0})[rs.getInt(2) - 1] = rs.getInt(3), reflectionId);
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        counts.forEach((code, d) -> out.put(code, List.of(d)));
        return out;
    }

    /** Stores a tally carried over by an import as that many ratings without a member's name. */
    void insertTally(String reflectionId, String code, List<Integer> distribution) {
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (int level = Rubric.LOW; level <= Rubric.HIGH; level++) {
            for (int i = 0; i < distribution.get(level - 1); i++) rows.add(new Object[] {reflectionId, code, IMPORTED + ++n, level, null, null, 1L});
        }
        sql.insertAll(RATING, rows, () -> new ConflictException("ratings", "an element's tally was given twice"));
    }

    private static Rating rating(ResultSet rs) throws SQLException {
        return new Rating(rs.getString(2), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getLong(7));
    }

    // --- consensus

    /** @return the consensus per element code, with its version */
    Map<String, Versioned<Consensus>> consensus(String reflectionId) {
        Map<String, Versioned<Consensus>> out = new LinkedHashMap<>();
        sql.list(CONSENSUS.select("WHERE reflection_id = ? ORDER BY element_code"),
                rs -> out.put(rs.getString(2), new Versioned<>(new Consensus(rs.getInt(3), rs.getString(4), rs.getString(6)), rs.getLong(5))), reflectionId);
        return out;
    }

    /** @param expected the version the lead saw, or {@code null} to save regardless */
    void agree(String reflectionId, String code, Consensus agreed, Long expected) {
        db.transaction(c -> {
            Versioned<Consensus> now = consensus(reflectionId).get(code);
            long at = now == null ? 0L : now.version();
            if (expected != null && at != expected) throw new StaleVersionException("the consensus", "on this element", expected, at);
            if (now == null) {
                sql.insert(CONSENSUS, () -> new ConflictException("elementCode", "was agreed at the same moment; send it again"), reflectionId, code,
                        agreed.level(), agreed.notes(), 1L, agreed.evidence());
            } else {
                sql.update("UPDATE sa_consensus SET consensus_level = ?, notes = ?, evidence = ?, version = version + 1 WHERE reflection_id = ? "
                        + "AND element_code = ?", agreed.level(), agreed.notes(), agreed.evidence(), reflectionId, code);
            }
            return null;
        });
    }

    /** @return every consensus of a school year (or of all years, for {@code null}): reflection id to element code to level */
    Map<String, Map<String, Integer>> consensusLevels(String schoolYear) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        String join = "SELECT c.reflection_id, c.element_code, c.consensus_level FROM sa_consensus c JOIN sa_reflection r ON r.id = c.reflection_id";
        RowCollector collect = rs -> out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
        if (schoolYear == null) sql.list(join, collect::add);
        else sql.list(join + " WHERE r.school_year = ?", collect::add, schoolYear);
        return out;
    }

    /** A row reader kept for its effect. */
    @FunctionalInterface
    private interface RowCollector {
        void take(ResultSet rs) throws SQLException;

        default Object add(ResultSet rs) throws SQLException {
            take(rs);
            return null;
        }
    }

    /** A value with the version it was read at. */
    record Versioned<T>(T value, long version) {}

    // --- one-time marks

    boolean marked(String name) {
        return sql.first("SELECT setting_value FROM sa_setting WHERE name = ?", rs -> rs.getString(1), name).isPresent();
    }

    void mark(String name, String value) {
        sql.update("INSERT INTO sa_setting (name, setting_value) VALUES (?, ?)", name, value);
    }
}
