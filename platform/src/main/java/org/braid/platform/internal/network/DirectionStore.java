package org.braid.platform.internal.network;

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
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The direction tables: one direction per organization, saved and versioned as a whole. */
@Component(service = DirectionService.class)
public class DirectionStore implements DirectionService {
    static final Table DIRECTION = new Table("direction", "org_id", "vision", "mission", "purpose", "version");
    static final Table GLOSSARY_TERM = new Table("glossary_term", "org_id", "position", "term", "definition");
    static final Table GOAL = new Table("goal", "id", "org_id", "position", "statement", "explanation");
    static final Table GOAL_MEASURE = new Table("goal_measure", "id", "goal_id", "position", "indicator_text", "data_source", "baseline");
    static final Table GOAL_TARGET = new Table("goal_target", "measure_id", "school_year", "target");

    private final Database db;
    private final Sql sql;
    private final OrganizationService orgs;

    @Activate
    public DirectionStore(@Reference Database db, @Reference OrganizationService orgs) {
        this.db = db;
        this.sql = new Sql(db);
        this.orgs = orgs;
    }

    @Override
    public Direction get(String orgId) {
        orgs.get(orgId);
        return db.transaction(c -> sql.first("SELECT vision, mission, purpose, version FROM direction WHERE org_id = ?",
                rs -> new Direction(orgId, rs.getString(1), rs.getString(2), rs.getString(3), null, null, rs.getLong(4)), orgId)
                .map(head -> new Direction(orgId, head.vision(), head.mission(), head.purpose(), glossary(orgId), goals(orgId), head.version()))
                .orElseGet(() -> Direction.empty(orgId)));
    }

    @Override
    public Direction put(String orgId, Direction d, long expectedVersion) {
        d.check().throwIfAny();
        Direction stored = get(orgId);
        if (stored.version() != expectedVersion) throw new StaleVersionException("direction of", orgId, expectedVersion, stored.version());
        return db.transaction(c -> {
            checkIds(orgId, d);
            long next = expectedVersion + 1;
            if (expectedVersion == 0) {
                // two first saves at once: the second finds the row the first wrote
                sql.insert(DIRECTION, () -> new StaleVersionException("direction of", orgId, expectedVersion, next), orgId, d.vision(), d.mission(),
                        d.purpose(), next);
            } else if (sql.update("UPDATE direction SET vision = ?, mission = ?, purpose = ?, version = ? WHERE org_id = ? AND version = ?",
                    d.vision(), d.mission(), d.purpose(), next, orgId, expectedVersion) == 0) {
                throw new StaleVersionException("direction of", orgId, expectedVersion, next);
            }
            sql.update("DELETE FROM glossary_term WHERE org_id = ?", orgId);
            sql.update("DELETE FROM goal WHERE org_id = ?", orgId);
            List<Object[]> terms = new ArrayList<>();
            for (int i = 0; i < d.glossary().size(); i++) {
                GlossaryTerm t = d.glossary().get(i);
                terms.add(new Object[] {orgId, i, t.term().strip(), t.definition()});
            }
            sql.insertAll(GLOSSARY_TERM, terms, () -> new RuleViolationException("glossary", "a term is there twice"));
            List<Goal> goals = new ArrayList<>();
            for (int i = 0; i < d.goals().size(); i++) goals.add(insertGoal(orgId, i, d.goals().get(i)));
            return new Direction(orgId, d.vision(), d.mission(), d.purpose(), d.glossary(), goals, next);
        });
    }

    /** Goal and measure ids sent back must be this organization's own, or new. */
    private void checkIds(String orgId, Direction d) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.goals().size(); i++) {
            Goal g = d.goals().get(i);
            checkId("SELECT org_id FROM goal WHERE id = ?", g.id(), orgId, "goals[" + i + "].id", seen);
            for (int j = 0; j < g.measures().size(); j++) {
                checkId("SELECT g.org_id FROM goal_measure m JOIN goal g ON g.id = m.goal_id WHERE m.id = ?",
                        g.measures().get(j).id(), orgId, "goals[" + i + "].measures[" + j + "].id", seen);
            }
        }
    }

    private void checkId(String query, String id, String orgId, String field, Set<String> seen) {
        if (id == null) return;
        if (!seen.add(id)) throw new RuleViolationException(field, "id " + id + " is used twice");
        sql.first(query, rs -> rs.getString(1), id).filter(owner -> !orgId.equals(owner)).ifPresent(owner -> {
            throw new RuleViolationException(field, "id " + id + " belongs to another organization");
        });
    }

    private Goal insertGoal(String orgId, int position, Goal g) {
        String id = g.id() == null ? UUID.randomUUID().toString() : g.id();
        sql.insert(GOAL, () -> new RuleViolationException("goals[" + position + "].id", "id " + id + " is taken"), id, orgId, position,
                g.statement(), g.explanation());
        List<GoalMeasure> measures = new ArrayList<>();
        List<Object[]> measureRows = new ArrayList<>(), targetRows = new ArrayList<>();
        for (int j = 0; j < g.measures().size(); j++) {
            GoalMeasure m = g.measures().get(j);
            String mid = m.id() == null ? UUID.randomUUID().toString() : m.id();
            measureRows.add(new Object[] {mid, id, j, m.indicator(), m.dataSource(), m.baseline()});
            for (var t : m.targets().entrySet()) targetRows.add(new Object[] {mid, t.getKey(), t.getValue()});
            measures.add(new GoalMeasure(mid, m.indicator(), m.dataSource(), m.baseline(), m.targets()));
        }
        sql.insertAll(GOAL_MEASURE, measureRows, () -> new RuleViolationException("goals[" + position + "].measures", "a measure id is taken"));
        sql.insertAll(GOAL_TARGET, targetRows, () -> new RuleViolationException("goals[" + position + "].measures", "a target year is there twice"));
        return new Goal(id, g.statement(), g.explanation(), measures);
    }

    private List<GlossaryTerm> glossary(String orgId) {
        return sql.list("SELECT term, definition FROM glossary_term WHERE org_id = ? ORDER BY position",
                rs -> new GlossaryTerm(rs.getString(1), rs.getString(2)), orgId);
    }

    private List<Goal> goals(String orgId) {
        Map<String, Map<String, String>> targets = new HashMap<>();
        sql.list("SELECT t.measure_id, t.school_year, t.target FROM goal_target t JOIN goal_measure m ON m.id = t.measure_id "
                + "JOIN goal g ON g.id = m.goal_id WHERE g.org_id = ?", rs -> targets.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .put(rs.getString(2), rs.getString(3)), orgId);
        Map<String, List<GoalMeasure>> measures = new HashMap<>();
        for (String[] m : sql.list("SELECT m.id, m.goal_id, m.indicator_text, m.data_source, m.baseline FROM goal_measure m "
                + "JOIN goal g ON g.id = m.goal_id WHERE g.org_id = ? ORDER BY m.goal_id, m.position",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)}, orgId)) {
            measures.computeIfAbsent(m[1], k -> new ArrayList<>()).add(new GoalMeasure(m[0], m[2], m[3], m[4], targets.getOrDefault(m[0], Map.of())));
        }
        return sql.list("SELECT id, statement, explanation FROM goal WHERE org_id = ? ORDER BY position",
                rs -> new Goal(rs.getString(1), rs.getString(2), rs.getString(3), measures.getOrDefault(rs.getString(1), List.of())), orgId);
    }
}
