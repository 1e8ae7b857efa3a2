package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.braid.planning.api.ElementKind;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.internal.Inputs.StrategyInput;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;

/** {@code planning_strategy} with its goal links ({@code planning_strategy_goal}, rows that live and die with the strategy). */
final class StrategyStore extends ElementStore<Strategy> {
    static final Table STRATEGY = new Table("planning_strategy", "id", "plan_id", "area_id", "position", "if_part", "then_part", "and_part",
            "codes", "start_year", "end_year", "version", "framework_id");
    static final Table GOAL_LINK = new Table("planning_strategy_goal", "strategy_id", "goal_id", "position");

    StrategyStore(Sql sql) {
        super(sql, ElementKind.STRATEGY, STRATEGY, "area_id", "strategy");
    }

    void insert(String id, String planId, String areaId, StrategyInput in, Codes.Coded coded, List<String> goals) {
        insert(id, id, planId, areaId, Integer.MAX_VALUE, in.ifPart().strip(), in.then().strip(), in.and().strip(), text(coded.codes()),
                in.startYear(), in.endYear(), 1L, coded.frameworkId());
        link(id, goals);
    }

    boolean update(String id, long expected, String areaId, StrategyInput in, Codes.Coded coded, List<String> goals) {
        if (!update(id, expected, "area_id = ?, if_part = ?, then_part = ?, and_part = ?, codes = ?, start_year = ?, end_year = ?, "
                + "framework_id = ?", areaId, in.ifPart().strip(), in.then().strip(), in.and().strip(), text(coded.codes()), in.startYear(),
                in.endYear(), coded.frameworkId())) {
            return false;
        }
        sql.update("DELETE FROM planning_strategy_goal WHERE strategy_id = ?", id);
        link(id, goals);
        return true;
    }

    private void link(String strategyId, List<String> goals) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) rows.add(new Object[] {strategyId, goals.get(i), i + 1});
        sql.insertAll(GOAL_LINK, rows, () -> new org.braid.core.model.ConflictException("goalIds", "a goal is linked twice"));
    }

    /** @return the plan's strategies with their goal links, without measures and milestones, keyed by priority area */
    @Override
    Map<String, List<Strategy>> forPlan(String planId) {
        Map<String, List<String>> goals = new HashMap<>();
        sql.list("SELECT g.strategy_id, g.goal_id FROM planning_strategy_goal g JOIN planning_strategy s ON s.id = g.strategy_id "
                + "WHERE s.plan_id = ? ORDER BY g.strategy_id, g.position", rs -> goals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(rs.getString(2)), planId);
        return grouped(STRATEGY.select("WHERE plan_id = ? ORDER BY area_id, position"), planId, Strategy::priorityAreaId,
                rs -> new Strategy(rs.getString(1), rs.getString(3), null, rs.getString(5), rs.getString(6), rs.getString(7), strings(rs.getString(8)),
                        rs.getString(9), rs.getString(10), goals.get(rs.getString(1)), rs.getLong(11), null, null));
    }
}
