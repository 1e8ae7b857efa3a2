package org.braid.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.braid.core.model.NotFoundException;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.dto.Action;
import org.braid.planning.internal.Inputs.ActionInput;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;

/** {@code planning_action}: a milestone's actions; one action can be read alone with its number. */
final class ActionStore extends ElementStore<Action> {
    static final Table ACTION = new Table("planning_action", "id", "plan_id", "milestone_id", "position", "description", "owner_name",
            "collaborators", "start_date", "due_date", "resources", "budget", "funding_source", "outputs", "codes", "version", "framework_id");
    /** One action with its ancestors' positions (kept 1..n, so they make its number) and its plan. */
    private static final String NUMBERED = "SELECT x.id, x.milestone_id, a.position, s.position, m.position, x.position, x.description, "
            + "x.owner_name, x.collaborators, x.start_date, x.due_date, x.resources, x.budget, x.funding_source, x.outputs, x.codes, x.version, "
            + "p.id, p.org_id, p.school_year, p.status, p.version FROM planning_action x JOIN planning_milestone m ON m.id = x.milestone_id "
            + "JOIN planning_strategy s ON s.id = m.strategy_id JOIN planning_priority_area a ON a.id = s.area_id "
            + "JOIN planning_plan p ON p.id = x.plan_id WHERE x.id = ?";

    ActionStore(Sql sql) {
        super(sql, ElementKind.ACTION, ACTION, "milestone_id", "action");
    }

    void insert(String id, String planId, String milestoneId, ActionInput in, Codes.Coded coded) {
        insert(id, id, planId, milestoneId, Integer.MAX_VALUE, in.description().strip(), blank(in.owner()), text(in.collaborators()),
                sqlDate(in.startDate()), sqlDate(in.dueDate()), blank(in.resources()), in.budget() == null ? NO_DECIMAL : in.budget(),
                blank(in.fundingSource()), text(in.outputList()), text(coded.codes()), 1L, coded.frameworkId());
    }

    boolean update(String id, long expected, String milestoneId, ActionInput in, Codes.Coded coded) {
        return update(id, expected, "milestone_id = ?, description = ?, owner_name = ?, collaborators = ?, start_date = ?, due_date = ?, "
                + "resources = ?, budget = ?, funding_source = ?, outputs = ?, codes = ?, framework_id = ?", milestoneId, in.description().strip(),
                blank(in.owner()), text(in.collaborators()), sqlDate(in.startDate()), sqlDate(in.dueDate()), blank(in.resources()),
                in.budget() == null ? NO_DECIMAL : in.budget(), blank(in.fundingSource()), text(in.outputList()), text(coded.codes()),
                coded.frameworkId());
    }

    /**
     * @return the action as a GET shows it (numbered), where it sits and its plan, in one query
     * @throws NotFoundException when there is no such action
     */
    @Override
    Located locate(String id) {
        return sql.first(NUMBERED, rs -> {
            Action a = numbered(rs);
            return new Located(kind, id, a.milestoneId(), a.version(), plan(rs, 18), a);
        }, id).orElseThrow(() -> new NotFoundException(label, id));
    }

    /** @return the action as it is after a change the caller just wrote, without reading it back */
    static Action written(String id, String milestoneId, String number, ActionInput in, List<String> codes, long version) {
        return new Action(id, milestoneId, number, in.description().strip(), blank(in.owner()), strings(text(in.collaborators())),
                iso(in.startDate()), iso(in.dueDate()), blank(in.resources()),
                in.budget() == null ? null : in.budget().setScale(2, java.math.RoundingMode.HALF_UP), blank(in.fundingSource()),
                strings(text(in.outputList())), strings(text(codes)), version);
    }

    private static String iso(String date) {
        return date == null || date.isBlank() ? null : java.time.LocalDate.parse(date).toString();
    }

    @Override
    Map<String, List<Action>> forPlan(String planId) {
        return grouped(ACTION.select("WHERE plan_id = ? ORDER BY milestone_id, position"), planId, Action::milestoneId,
                rs -> new Action(rs.getString(1), rs.getString(3), null, rs.getString(5), rs.getString(6), strings(rs.getString(7)),
                        Sql.isoDate(rs, 8), Sql.isoDate(rs, 9), rs.getString(10), rs.getBigDecimal(11), rs.getString(12), strings(rs.getString(13)),
                        strings(rs.getString(14)), rs.getLong(15)));
    }

    private static Action numbered(ResultSet rs) throws SQLException {
        return new Action(rs.getString(1), rs.getString(2), rs.getInt(3) + "." + rs.getInt(4) + "." + rs.getInt(5) + "." + rs.getInt(6),
                rs.getString(7), rs.getString(8), strings(rs.getString(9)), Sql.isoDate(rs, 10), Sql.isoDate(rs, 11), rs.getString(12),
                rs.getBigDecimal(13), rs.getString(14), strings(rs.getString(15)), strings(rs.getString(16)), rs.getLong(17));
    }
}
