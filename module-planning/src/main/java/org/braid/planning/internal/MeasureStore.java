package org.braid.planning.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.dto.StrategyMeasure;
import org.braid.planning.internal.Inputs.MeasureInput;
import org.braid.platform.json.BraidJson;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;

/** {@code planning_strategy_measure}: a strategy's measures with their targets by school year (kept as JSON text). */
final class MeasureStore extends ElementStore<StrategyMeasure> {
    static final Table MEASURE = new Table("planning_strategy_measure", "id", "plan_id", "strategy_id", "position", "indicator_text",
            "data_source", "baseline", "targets", "version");

    MeasureStore(Sql sql) {
        super(sql, ElementKind.MEASURE, MEASURE, "strategy_id", "strategy measure");
    }

    void insert(String id, String planId, String strategyId, MeasureInput in) {
        insert(id, id, planId, strategyId, Integer.MAX_VALUE, in.indicator().strip(), in.dataSource(), in.baselineText(), targets(in.targets()), 1L);
    }

    boolean update(String id, long expected, MeasureInput in) {
        return update(id, expected, "indicator_text = ?, data_source = ?, baseline = ?, targets = ?", in.indicator().strip(), in.dataSource(),
                in.baselineText(), targets(in.targets()));
    }

    @Override
    Map<String, List<StrategyMeasure>> forPlan(String planId) {
        return grouped(MEASURE.select("WHERE plan_id = ? ORDER BY strategy_id, position"), planId, StrategyMeasure::strategyId,
                rs -> new StrategyMeasure(rs.getString(1), rs.getString(3), null, rs.getString(5), rs.getString(6), rs.getString(7),
                        BraidJson.readStoredTree(rs.getString(8)), rs.getLong(9)));
    }

    private static String targets(Map<String, JsonNode> targets) {
        ObjectNode o = BraidJson.mapper().createObjectNode();
        if (targets != null) new TreeMap<>(targets).forEach((k, v) -> o.set(k, v.isTextual() ? o.textNode(v.asText().strip()) : v));
        return o.toString();
    }
}
