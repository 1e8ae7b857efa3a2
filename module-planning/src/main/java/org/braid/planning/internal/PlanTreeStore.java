package org.braid.planning.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.ConflictException;
import org.braid.core.model.DirectionService;
import org.braid.core.model.Goal;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.Violation;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanStatus;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;
import org.braid.planning.internal.Inputs.ActionInput;
import org.braid.planning.internal.Inputs.AreaInput;
import org.braid.planning.internal.Inputs.MeasureInput;
import org.braid.planning.internal.Inputs.MilestoneInput;
import org.braid.planning.internal.Inputs.StrategyInput;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.braid.platform.json.BraidJson;

/** The elements of plans (priority areas, strategies, measures, milestones, actions): one table each, read a plan at a time. */
@Component(service = PlanTreeStore.class)
public class PlanTreeStore {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    /** The kinds of plan element and where each is kept. */
    enum Kind {
        AREA("planning_priority_area", "plan_id", "priority area"),
        STRATEGY("planning_strategy", "area_id", "strategy"),
        MEASURE("planning_strategy_measure", "strategy_id", "strategy measure"),
        MILESTONE("planning_milestone", "strategy_id", "milestone"),
        ACTION("planning_action", "milestone_id", "action");

        final String table;
        final String parent;
        final String label;

        Kind(String table, String parent, String label) {
            this.table = table;
            this.parent = parent;
            this.label = label;
        }
    }

    /** Where an element sits. */
    record Row(String planId, String parentId, long version) {}

    private static final Object NO_DATE = Sql.nullOf(Types.DATE), NO_DECIMAL = Sql.nullOf(Types.DECIMAL);

    private final Database db;
    private final Sql sql;
    private final PlanStore plans;
    private final Codes codes;
    private final OrganizationService orgs;
    private final DirectionService directions;

    @Activate
    public PlanTreeStore(@Reference Database db, @Reference PlanStore plans, @Reference Codes codes,
            @Reference OrganizationService orgs, @Reference DirectionService directions) {
        this.db = db;
        this.sql = new Sql(db);
        this.plans = plans;
        this.codes = codes;
        this.orgs = orgs;
        this.directions = directions;
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** @return the whole plan, numbered as Tool A numbers it */
    public PlanTree tree(String planId) {
        Plan p = plans.get(planId);
        return db.transaction(c -> {
            Map<String, List<String>> goals = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT g.strategy_id, g.goal_id FROM planning_strategy_goal g "
                    + "JOIN planning_strategy s ON s.id = g.strategy_id WHERE s.plan_id = ? ORDER BY g.strategy_id, g.position")) {
                ps.setString(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) goals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            Map<String, List<Action>> actions = new HashMap<>();
            select(c, "SELECT id, milestone_id, description, owner_name, collaborators, start_date, due_date, resources, budget, funding_source, "
                    + "outputs, codes, version FROM planning_action WHERE plan_id = ? ORDER BY milestone_id, position", planId, rs -> {
                actions.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Action(rs.getString(1), rs.getString(2), null,
                        rs.getString(3), rs.getString(4), strings(rs.getString(5)), date(rs, 6), date(rs, 7), rs.getString(8), rs.getBigDecimal(9),
                        rs.getString(10), strings(rs.getString(11)), strings(rs.getString(12)), rs.getLong(13)));
            });
            Map<String, List<Milestone>> milestones = new HashMap<>();
            select(c, "SELECT id, strategy_id, description, due_date, codes, version FROM planning_milestone WHERE plan_id = ? "
                    + "ORDER BY strategy_id, position", planId, rs -> {
                milestones.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Milestone(rs.getString(1), rs.getString(2), null,
                        rs.getString(3), date(rs, 4), strings(rs.getString(5)), rs.getLong(6), actions.get(rs.getString(1))));
            });
            Map<String, List<StrategyMeasure>> measures = new HashMap<>();
            select(c, "SELECT id, strategy_id, indicator_text, data_source, baseline, targets, version FROM planning_strategy_measure "
                    + "WHERE plan_id = ? ORDER BY strategy_id, position", planId, rs -> {
                measures.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new StrategyMeasure(rs.getString(1), rs.getString(2), null,
                        rs.getString(3), rs.getString(4), rs.getString(5), json(rs.getString(6)), rs.getLong(7)));
            });
            Map<String, List<Strategy>> strategies = new HashMap<>();
            select(c, "SELECT id, area_id, if_part, then_part, and_part, codes, start_year, end_year, version FROM planning_strategy "
                    + "WHERE plan_id = ? ORDER BY area_id, position", planId, rs -> {
                String id = rs.getString(1);
                strategies.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Strategy(id, rs.getString(2), null,
                        rs.getString(3), rs.getString(4), rs.getString(5), strings(rs.getString(6)), rs.getString(7), rs.getString(8),
                        goals.get(id), rs.getLong(9), measures.get(id), milestones.get(id)));
            });
            List<PriorityArea> areas = new ArrayList<>();
            select(c, "SELECT id, plan_id, title, description, version FROM planning_priority_area WHERE plan_id = ? ORDER BY position",
                    planId, rs -> areas.add(new PriorityArea(rs.getString(1), rs.getString(2), null, rs.getString(3), rs.getString(4),
                            rs.getLong(5), strategies.get(rs.getString(1)))));
            return Numbering.number(new PlanTree(p.id(), p.orgId(), p.schoolYear(), p.status(), p.version(), areas));
        });
    }

    /** @return the element of this kind with its number, from a fresh read of its plan */
    public Object find(Kind kind, String id) {
        if (kind == Kind.ACTION) return action(id);
        Row r = row(kind, id);
        PlanTree t = tree(r.planId());
        Object found = Numbering.find(t, id);
        if (found == null) throw new NotFoundException(kind.label, id);
        return found;
    }

    /** @return one action with its number, read without the rest of its plan (positions are kept 1..n, so they are the number) */
    public Action action(String id) {
        return db.transaction(c -> {
            List<Action> found = new ArrayList<>();
            select(c, "SELECT x.id, x.milestone_id, a.position, s.position, m.position, x.position, x.description, x.owner_name, x.collaborators, "
                    + "x.start_date, x.due_date, x.resources, x.budget, x.funding_source, x.outputs, x.codes, x.version FROM planning_action x "
                    + "JOIN planning_milestone m ON m.id = x.milestone_id JOIN planning_strategy s ON s.id = m.strategy_id "
                    + "JOIN planning_priority_area a ON a.id = s.area_id WHERE x.id = ?", id, rs -> found.add(new Action(rs.getString(1),
                    rs.getString(2), rs.getInt(3) + "." + rs.getInt(4) + "." + rs.getInt(5) + "." + rs.getInt(6), rs.getString(7), rs.getString(8),
                    strings(rs.getString(9)), date(rs, 10), date(rs, 11), rs.getString(12), rs.getBigDecimal(13), rs.getString(14),
                    strings(rs.getString(15)), strings(rs.getString(16)), rs.getLong(17))));
            if (found.isEmpty()) throw new NotFoundException(Kind.ACTION.label, id);
            return found.get(0);
        });
    }

    /** @return the organization whose plan holds the element; for access checks */
    public String orgOf(Kind kind, String id) {
        return plans.get(row(kind, id).planId()).orgId();
    }

    Row row(Kind kind, String id) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT plan_id, " + kind.parent + ", version FROM " + kind.table + " WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NotFoundException(kind.label, id);
                    return new Row(rs.getString(1), rs.getString(2), rs.getLong(3));
                }
            }
        });
    }

    // ---- adding ----------------------------------------------------------------------------------

    /** @param id the id to keep (import), or {@code null} for a new one */
    public PriorityArea addArea(String planId, String id, AreaInput in) {
        return (PriorityArea) find(Kind.AREA, insertArea(planId, id, in));
    }

    /** Stores it without reading the plan back (import, demo); @return its id */
    String insertArea(String planId, String id, AreaInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            draft(planId);
            String newId = insert(c, Kind.AREA, id, "INSERT INTO planning_priority_area (id, plan_id, position, title, description, version) "
                    + "VALUES (?, ?, ?, ?, ?, 1)", planId, planId, in.title().strip(), in.description());
            place(c, Kind.AREA, planId, newId, in.position());
            touch(c, planId, newId);
            return newId;
        });
    }

    public Strategy addStrategy(String areaId, String id, StrategyInput in) {
        return (Strategy) find(Kind.STRATEGY, insertStrategy(areaId, id, in));
    }

    /** Stores it without reading the plan back (import, demo); @return its id */
    String insertStrategy(String areaId, String id, StrategyInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            String planId = row(Kind.AREA, areaId).planId();
            Plan p = draft(planId);
            List<String> coded = codes.validate("codes", in.codes());
            List<String> goals = goals(p.orgId(), in.goalIds());
            String newId = insert(c, Kind.STRATEGY, id, "INSERT INTO planning_strategy (id, plan_id, area_id, position, if_part, then_part, "
                    + "and_part, codes, start_year, end_year, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", planId, areaId,
                    in.ifPart().strip(), in.then().strip(), in.and().strip(), text(coded), in.startYear(), in.endYear());
            linkGoals(c, newId, goals);
            place(c, Kind.STRATEGY, areaId, newId, in.position());
            touch(c, planId, newId);
            return newId;
        });
    }

    public StrategyMeasure addMeasure(String strategyId, String id, MeasureInput in) {
        return (StrategyMeasure) find(Kind.MEASURE, insertMeasure(strategyId, id, in));
    }

    /** Stores it without reading the plan back (import, demo); @return its id */
    String insertMeasure(String strategyId, String id, MeasureInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            String planId = row(Kind.STRATEGY, strategyId).planId();
            draft(planId);
            String newId = insert(c, Kind.MEASURE, id, "INSERT INTO planning_strategy_measure (id, plan_id, strategy_id, position, indicator_text, "
                    + "data_source, baseline, targets, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", planId, strategyId,
                    in.indicator().strip(), in.dataSource(), in.baselineText(), targets(in.targets()));
            place(c, Kind.MEASURE, strategyId, newId, in.position());
            touch(c, planId, newId);
            return newId;
        });
    }

    public Milestone addMilestone(String strategyId, String id, MilestoneInput in) {
        return (Milestone) find(Kind.MILESTONE, insertMilestone(strategyId, id, in));
    }

    /** Stores it without reading the plan back (import, demo); @return its id */
    String insertMilestone(String strategyId, String id, MilestoneInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            String planId = row(Kind.STRATEGY, strategyId).planId();
            draft(planId);
            List<String> coded = codes.validate("codes", in.codes());
            String newId = insert(c, Kind.MILESTONE, id, "INSERT INTO planning_milestone (id, plan_id, strategy_id, position, description, "
                    + "due_date, codes, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", planId, strategyId, in.description().strip(),
                    sqlDate(in.dueDate()), text(coded));
            place(c, Kind.MILESTONE, strategyId, newId, in.position());
            touch(c, planId, newId);
            return newId;
        });
    }

    public Action addAction(String milestoneId, String id, ActionInput in) {
        return action(insertAction(milestoneId, id, in));
    }

    /** Stores it without reading the plan back (import, demo); @return its id */
    String insertAction(String milestoneId, String id, ActionInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            String planId = row(Kind.MILESTONE, milestoneId).planId();
            draft(planId);
            List<String> coded = codes.validate("codes", in.codes());
            String newId = insert(c, Kind.ACTION, id, "INSERT INTO planning_action (id, plan_id, milestone_id, position, description, owner_name, "
                    + "collaborators, start_date, due_date, resources, budget, funding_source, outputs, codes, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", planId, milestoneId, in.description().strip(), blank(in.owner()),
                    text(in.collaborators()), sqlDate(in.startDate()), sqlDate(in.dueDate()), blank(in.resources()),
                    in.budget() == null ? NO_DECIMAL : in.budget(), blank(in.fundingSource()), text(in.outputList()), text(coded));
            place(c, Kind.ACTION, milestoneId, newId, in.position());
            touch(c, planId, newId);
            return newId;
        });
    }

    // ---- changing --------------------------------------------------------------------------------

    public PriorityArea updateArea(String id, AreaInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Row r = editable(Kind.AREA, id, expected);
            update(c, Kind.AREA, id, expected, "title = ?, description = ?", in.title().strip(), in.description());
            if (in.position() != null) place(c, Kind.AREA, r.parentId(), id, in.position());
            touch(c, r.planId(), id);
            return (PriorityArea) find(Kind.AREA, id);
        });
    }

    public Strategy updateStrategy(String id, StrategyInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Row r = editable(Kind.STRATEGY, id, expected);
            String parent = move(c, Kind.AREA, Kind.STRATEGY, r, id, in.priorityAreaId(), "priorityAreaId", in.position());
            List<String> coded = codes.validate("codes", in.codes());
            List<String> goals = goals(plans.get(r.planId()).orgId(), in.goalIds());
            update(c, Kind.STRATEGY, id, expected, "area_id = ?, if_part = ?, then_part = ?, and_part = ?, codes = ?, start_year = ?, end_year = ?",
                    parent, in.ifPart().strip(), in.then().strip(), in.and().strip(), text(coded), in.startYear(), in.endYear());
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM planning_strategy_goal WHERE strategy_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            linkGoals(c, id, goals);
            reposition(c, Kind.STRATEGY, r, id, parent, in.position());
            touch(c, r.planId(), id);
            return (Strategy) find(Kind.STRATEGY, id);
        });
    }

    public StrategyMeasure updateMeasure(String id, MeasureInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Row r = editable(Kind.MEASURE, id, expected);
            update(c, Kind.MEASURE, id, expected, "indicator_text = ?, data_source = ?, baseline = ?, targets = ?",
                    in.indicator().strip(), in.dataSource(), in.baselineText(), targets(in.targets()));
            if (in.position() != null) place(c, Kind.MEASURE, r.parentId(), id, in.position());
            touch(c, r.planId(), id);
            return (StrategyMeasure) find(Kind.MEASURE, id);
        });
    }

    public Milestone updateMilestone(String id, MilestoneInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Row r = editable(Kind.MILESTONE, id, expected);
            String parent = move(c, Kind.STRATEGY, Kind.MILESTONE, r, id, in.strategyId(), "strategyId", in.position());
            List<String> coded = codes.validate("codes", in.codes());
            update(c, Kind.MILESTONE, id, expected, "strategy_id = ?, description = ?, due_date = ?, codes = ?",
                    parent, in.description().strip(), sqlDate(in.dueDate()), text(coded));
            reposition(c, Kind.MILESTONE, r, id, parent, in.position());
            touch(c, r.planId(), id);
            return (Milestone) find(Kind.MILESTONE, id);
        });
    }

    public Action updateAction(String id, ActionInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Row r = editable(Kind.ACTION, id, expected);
            String parent = move(c, Kind.MILESTONE, Kind.ACTION, r, id, in.milestoneId(), "milestoneId", in.position());
            List<String> coded = codes.validate("codes", in.codes());
            update(c, Kind.ACTION, id, expected, "milestone_id = ?, description = ?, owner_name = ?, collaborators = ?, start_date = ?, "
                    + "due_date = ?, resources = ?, budget = ?, funding_source = ?, outputs = ?, codes = ?", parent, in.description().strip(),
                    blank(in.owner()), text(in.collaborators()), sqlDate(in.startDate()), sqlDate(in.dueDate()), blank(in.resources()),
                    in.budget() == null ? NO_DECIMAL : in.budget(), blank(in.fundingSource()), text(in.outputList()), text(coded));
            reposition(c, Kind.ACTION, r, id, parent, in.position());
            touch(c, r.planId(), id);
            return action(id);
        });
    }

    /**
     * Deletes an element and everything under it; the siblings after it are renumbered.
     *
     * @param expected the version the caller saw, or {@code null} when not sent
     */
    public void delete(Kind kind, String id, Long expected) {
        db.transaction(c -> {
            Row r = editable(kind, id, expected == null ? -1 : expected);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + kind.table + " WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            place(c, kind, r.parentId(), null, null);
            touch(c, r.planId(), id);
            return null;
        });
    }

    // ---- rules -----------------------------------------------------------------------------------

    /** @throws RuleViolationException when the plan is not a draft (submitted and approved plans are kept as they are) */
    Plan draft(String planId) {
        Plan p = plans.get(planId);
        if (p.status() != PlanStatus.DRAFT) {
            throw new RuleViolationException("status", "the plan is " + p.status().name().toLowerCase() + "; reopen it to change it");
        }
        return p;
    }

    private Row editable(Kind kind, String id, long expected) {
        Row r = row(kind, id);
        draft(r.planId());
        if (expected >= 0 && r.version() != expected) throw new StaleVersionException(kind.label, id, expected, r.version());
        return r;
    }

    /** @return the goal ids as sent, each one a goal of the organization or of one above it (loose-tight) */
    private List<String> goals(String orgId, List<String> goalIds) {
        if (goalIds == null || goalIds.isEmpty()) return List.of();
        Set<String> known = new HashSet<>();
        for (String o = orgId; o != null; ) {
            for (Goal g : directions.get(o).goals()) known.add(g.id());
            Organization org = orgs.get(o);
            o = org.parentId();
        }
        List<Violation> bad = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < goalIds.size(); i++) {
            String g = goalIds.get(i).strip();
            if (!known.contains(g)) bad.add(new Violation("goalIds[" + i + "]", "is not a goal of this organization or of one above it"));
            else if (!out.contains(g)) out.add(g);
        }
        if (!bad.isEmpty()) throw new RuleViolationException("unknown goals", bad);
        return out;
    }

    /** @return the parent after the move; a new parent must be in the same plan */
    private String move(Connection c, Kind parentKind, Kind kind, Row r, String id, String newParent, String field, Integer position)
            throws SQLException {
        if (newParent == null || newParent.isBlank() || newParent.equals(r.parentId())) return r.parentId();
        Row target;
        try {
            target = row(parentKind, newParent);
        } catch (NotFoundException e) {
            throw new RuleViolationException(field, "no " + parentKind.label + " " + newParent);
        }
        if (!target.planId().equals(r.planId())) throw new RuleViolationException(field, "is in another plan");
        return newParent;
    }

    private void reposition(Connection c, Kind kind, Row before, String id, String parent, Integer position) throws SQLException {
        if (!parent.equals(before.parentId())) {
            place(c, kind, before.parentId(), null, null);
            place(c, kind, parent, id, position);
        } else if (position != null) {
            place(c, kind, parent, id, position);
        }
    }

    // ---- SQL -------------------------------------------------------------------------------------

    private String insert(Connection c, Kind kind, String id, String sql, String planId, String parentId, Object... rest) throws SQLException {
        String newId = id == null ? UUID.randomUUID().toString() : id;
        Object[] args = new Object[4 + rest.length];
        args[0] = newId;
        args[1] = planId;
        int at = 2;
        if (kind != Kind.AREA) args[at++] = parentId;
        args[at++] = Integer.MAX_VALUE;
        System.arraycopy(rest, 0, args, at, rest.length);
        try {
            exec(c, sql, kind == Kind.AREA ? java.util.Arrays.copyOf(args, 3 + rest.length) : args);
        } catch (ConflictException e) {
            throw new ConflictException("id", kind.label + " " + newId + " already exists");
        }
        return newId;
    }

    private void update(Connection c, Kind kind, String id, long expected, String set, Object... values) throws SQLException {
        Object[] args = java.util.Arrays.copyOf(values, values.length + 2);
        args[values.length] = id;
        args[values.length + 1] = expected;
        int n = exec(c, "UPDATE " + kind.table + " SET " + set + ", version = version + 1 WHERE id = ? AND version = ?", args);
        if (n != 1) throw new StaleVersionException(kind.label, id, expected, row(kind, id).version());
    }

    /**
     * Renumbers the children of a parent 1..n in their order, with {@code id} (if given) put at {@code position}
     * (1-based; at the end when {@code null} or past it).
     */
    private void place(Connection c, Kind kind, String parentId, String id, Integer position) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + kind.table + " WHERE " + kind.parent + " = ? ORDER BY position, id")) {
            ps.setString(1, parentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) if (!rs.getString(1).equals(id)) ids.add(rs.getString(1));
            }
        }
        if (id != null) ids.add(position == null ? ids.size() : Math.min(Math.max(position - 1, 0), ids.size()), id);
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + kind.table + " SET position = ? WHERE id = ? AND position <> ?")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setInt(1, i + 1);
                ps.setString(2, ids.get(i));
                ps.setInt(3, i + 1);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void touch(Connection c, String planId, String elementId) {
        plans.touch(planId, elementId);
    }

    private void linkGoals(Connection c, String strategyId, List<String> goals) throws SQLException {
        for (int i = 0; i < goals.size(); i++) exec(c, "INSERT INTO planning_strategy_goal (strategy_id, goal_id, position) VALUES (?, ?, ?)",
                strategyId, goals.get(i), i + 1);
    }

    private int exec(Connection c, String statement, Object... args) {
        return sql.update(statement, args);
    }

    /** Reads rows one at a time. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void select(Connection c, String query, String arg, RowReader reader) {
        sql.list(query, rs -> {
            reader.read(rs);
            return Boolean.TRUE;
        }, arg);
    }

    private static Object sqlDate(String iso) {
        return iso == null || iso.isBlank() ? NO_DATE : Date.valueOf(java.time.LocalDate.parse(iso));
    }

    private static String date(ResultSet rs, int col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate().toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String text(List<String> values) {
        return BraidJson.write(values == null ? List.of() : values.stream().map(String::strip).toList());
    }

    private static String targets(Map<String, JsonNode> targets) {
        ObjectNode o = BraidJson.mapper().createObjectNode();
        if (targets != null) new java.util.TreeMap<>(targets).forEach((k, v) -> o.set(k, v.isTextual() ? o.textNode(v.asText().strip()) : v));
        return o.toString();
    }

    static List<String> strings(String json) {
        if (json == null || json.equals("[]")) return List.of();
        return BraidJson.readStored(json, STRINGS);
    }

    private static JsonNode json(String json) {
        return BraidJson.readStoredTree(json);
    }
}
