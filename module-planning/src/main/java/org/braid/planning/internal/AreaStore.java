package org.braid.planning.internal;

import java.util.List;
import java.util.Map;

import org.braid.planning.api.ElementKind;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.internal.Inputs.AreaInput;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;

/** {@code planning_priority_area}: a plan's priority areas. */
final class AreaStore extends ElementStore<PriorityArea> {
    static final Table AREA = new Table("planning_priority_area", "id", "plan_id", "position", "title", "description", "version");

    AreaStore(Sql sql) {
        super(sql, ElementKind.PRIORITY_AREA, AREA, "plan_id", "priority area");
    }

    void insert(String id, String planId, AreaInput in) {
        insert(id, id, planId, Integer.MAX_VALUE, in.title().strip(), in.description(), 1L);
    }

    boolean update(String id, long expected, AreaInput in) {
        return update(id, expected, "title = ?, description = ?", in.title().strip(), in.description());
    }

    /** @return the plan's areas without their strategies, keyed by the plan */
    @Override
    Map<String, List<PriorityArea>> forPlan(String planId) {
        return grouped(AREA.select("WHERE plan_id = ? ORDER BY position"), planId, PriorityArea::planId,
                rs -> new PriorityArea(rs.getString(1), rs.getString(2), null, rs.getString(4), rs.getString(5), rs.getLong(6), null));
    }
}
