package org.braid.planning.internal;

import java.util.List;
import java.util.Map;

import org.braid.planning.api.ElementKind;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.internal.Inputs.MilestoneInput;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;

/** {@code planning_milestone}: a strategy's milestones. */
final class MilestoneStore extends ElementStore<Milestone> {
    static final Table MILESTONE = new Table("planning_milestone", "id", "plan_id", "strategy_id", "position", "description", "due_date", "codes",
            "version", "framework_id");

    MilestoneStore(Sql sql) {
        super(sql, ElementKind.MILESTONE, MILESTONE, "strategy_id", "milestone");
    }

    void insert(String id, String planId, String strategyId, MilestoneInput in, Codes.Coded coded) {
        insert(id, id, planId, strategyId, Integer.MAX_VALUE, in.description().strip(), sqlDate(in.dueDate()), text(coded.codes()), 1L,
                coded.frameworkId());
    }

    boolean update(String id, long expected, String strategyId, MilestoneInput in, Codes.Coded coded) {
        return update(id, expected, "strategy_id = ?, description = ?, due_date = ?, codes = ?, framework_id = ?", strategyId,
                in.description().strip(), sqlDate(in.dueDate()), text(coded.codes()), coded.frameworkId());
    }

    /** @return the plan's milestones without their actions, keyed by strategy */
    @Override
    Map<String, List<Milestone>> forPlan(String planId) {
        return grouped(MILESTONE.select("WHERE plan_id = ? ORDER BY strategy_id, position"), planId, Milestone::strategyId,
                rs -> new Milestone(rs.getString(1), rs.getString(3), null, rs.getString(5), Sql.isoDate(rs, 6), strings(rs.getString(7)),
                        rs.getLong(8), null));
    }
}
