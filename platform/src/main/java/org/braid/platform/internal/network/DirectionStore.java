package org.braid.platform.internal.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.braid.core.model.Direction;
import org.braid.core.model.DirectionService;
import org.braid.core.model.GlossaryTerm;
import org.braid.core.model.Goal;
import org.braid.core.model.GoalMeasure;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The direction tables: one direction per organization, saved and versioned as a whole. */
@Component(service = DirectionService.class)
public class DirectionStore implements DirectionService {
    private final Database db;
    private final OrganizationService orgs;

    @Activate
    public DirectionStore(@Reference Database db, @Reference OrganizationService orgs) {
        this.db = db;
        this.orgs = orgs;
    }

    @Override
    public Direction get(String orgId) {
        orgs.get(orgId);
        return db.transaction(c -> {
            Direction head = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT vision, mission, purpose, version FROM direction WHERE org_id = ?")) {
                ps.setString(1, orgId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Direction.empty(orgId);
                    head = new Direction(orgId, rs.getString(1), rs.getString(2), rs.getString(3), null, null, rs.getLong(4));
                }
            }
            return new Direction(orgId, head.vision(), head.mission(), head.purpose(), glossary(c, orgId), goals(c, orgId), head.version());
        });
    }

    @Override
    public Direction put(String orgId, Direction d, long expectedVersion) {
        d.check().throwIfAny();
        Direction stored = get(orgId);
        if (stored.version() != expectedVersion) throw new StaleVersionException("direction of", orgId, expectedVersion, stored.version());
        return db.transaction(c -> {
            checkIds(c, orgId, d);
            long next = expectedVersion + 1;
            String sql = expectedVersion == 0
                    ? "INSERT INTO direction (vision, mission, purpose, version, org_id) VALUES (?, ?, ?, ?, ?)"
                    : "UPDATE direction SET vision = ?, mission = ?, purpose = ?, version = ? WHERE org_id = ? AND version = " + expectedVersion;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, d.vision());
                ps.setString(2, d.mission());
                ps.setString(3, d.purpose());
                ps.setLong(4, next);
                ps.setString(5, orgId);
                if (ps.executeUpdate() == 0) throw new StaleVersionException("direction of", orgId, expectedVersion, expectedVersion + 1);
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) throw new StaleVersionException("direction of", orgId, expectedVersion, expectedVersion + 1);
                throw e;
            }
            delete(c, "DELETE FROM glossary_term WHERE org_id = ?", orgId);
            delete(c, "DELETE FROM goal WHERE org_id = ?", orgId);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO glossary_term VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < d.glossary().size(); i++) {
                    GlossaryTerm t = d.glossary().get(i);
                    ps.setString(1, orgId);
                    ps.setInt(2, i);
                    ps.setString(3, t.term().strip());
                    ps.setString(4, t.definition());
                    ps.executeUpdate();
                }
            }
            List<Goal> goals = new ArrayList<>();
            for (int i = 0; i < d.goals().size(); i++) goals.add(insertGoal(c, orgId, i, d.goals().get(i)));
            return new Direction(orgId, d.vision(), d.mission(), d.purpose(), d.glossary(), goals, next);
        });
    }

    /** Goal and measure ids sent back must be this organization's own, or new. */
    private static void checkIds(Connection c, String orgId, Direction d) throws SQLException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.goals().size(); i++) {
            Goal g = d.goals().get(i);
            checkId(c, "SELECT org_id FROM goal WHERE id = ?", g.id(), orgId, "goals[" + i + "].id", seen);
            for (int j = 0; j < g.measures().size(); j++) {
                checkId(c, "SELECT g.org_id FROM goal_measure m JOIN goal g ON g.id = m.goal_id WHERE m.id = ?",
                        g.measures().get(j).id(), orgId, "goals[" + i + "].measures[" + j + "].id", seen);
            }
        }
    }

    private static void checkId(Connection c, String sql, String id, String orgId, String field, Set<String> seen) throws SQLException {
        if (id == null) return;
        if (!seen.add(id)) throw new RuleViolationException(field, "id " + id + " is used twice");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && !orgId.equals(rs.getString(1))) throw new RuleViolationException(field, "id " + id + " belongs to another organization");
            }
        }
    }

    private static Goal insertGoal(Connection c, String orgId, int position, Goal g) throws SQLException {
        String id = g.id() == null ? UUID.randomUUID().toString() : g.id();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO goal VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, orgId);
            ps.setInt(3, position);
            ps.setString(4, g.statement());
            ps.setString(5, g.explanation());
            ps.executeUpdate();
        }
        List<GoalMeasure> measures = new ArrayList<>();
        for (int j = 0; j < g.measures().size(); j++) {
            GoalMeasure m = g.measures().get(j);
            String mid = m.id() == null ? UUID.randomUUID().toString() : m.id();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO goal_measure VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, mid);
                ps.setString(2, id);
                ps.setInt(3, j);
                ps.setString(4, m.indicator());
                ps.setString(5, m.dataSource());
                ps.setString(6, m.baseline());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO goal_target VALUES (?, ?, ?)")) {
                for (var t : m.targets().entrySet()) {
                    ps.setString(1, mid);
                    ps.setString(2, t.getKey());
                    ps.setString(3, t.getValue());
                    ps.executeUpdate();
                }
            }
            measures.add(new GoalMeasure(mid, m.indicator(), m.dataSource(), m.baseline(), m.targets()));
        }
        return new Goal(id, g.statement(), g.explanation(), measures);
    }

    private static void delete(Connection c, String sql, String orgId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, orgId);
            ps.executeUpdate();
        }
    }

    private static List<GlossaryTerm> glossary(Connection c, String orgId) throws SQLException {
        List<GlossaryTerm> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT term, definition FROM glossary_term WHERE org_id = ? ORDER BY position")) {
            ps.setString(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new GlossaryTerm(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    private static List<Goal> goals(Connection c, String orgId) throws SQLException {
        Map<String, Goal> goals = new LinkedHashMap<>();
        Map<String, List<GoalMeasure>> measures = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, statement, explanation FROM goal WHERE org_id = ? ORDER BY position")) {
            ps.setString(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) goals.put(rs.getString(1), new Goal(rs.getString(1), rs.getString(2), rs.getString(3), null));
            }
        }
        Map<String, Map<String, String>> targets = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.measure_id, t.school_year, t.target FROM goal_target t "
                + "JOIN goal_measure m ON m.id = t.measure_id JOIN goal g ON g.id = m.goal_id WHERE g.org_id = ?")) {
            ps.setString(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) targets.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.goal_id, m.indicator_text, m.data_source, m.baseline FROM goal_measure m "
                + "JOIN goal g ON g.id = m.goal_id WHERE g.org_id = ? ORDER BY m.goal_id, m.position")) {
            ps.setString(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    measures.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new GoalMeasure(rs.getString(1), rs.getString(3), rs.getString(4),
                            rs.getString(5), targets.getOrDefault(rs.getString(1), Map.of())));
                }
            }
        }
        return goals.values().stream()
                .map(g -> new Goal(g.id(), g.statement(), g.explanation(), measures.getOrDefault(g.id(), List.of()))).toList();
    }
}
