package org.braid.core.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * How progress toward a goal is gauged (seed 001, Table 1).
 *
 * @param id         assigned by Braid, kept across edits
 * @param indicator  e.g. "The percentage of students that meet growth goals each year"
 * @param dataSource e.g. "State assessments using the state growth model"
 * @param baseline   the baseline as reported, e.g. "64%" or "Gr 5: 68%"
 * @param targets    target per school year ({@code 2026-27}), at least two years
 */
public record GoalMeasure(String id, String indicator, String dataSource, String baseline, Map<String, String> targets) {

    public GoalMeasure {
        targets = targets == null ? Map.of() : new TreeMap<>(targets);
    }

    void check(Checks c, String at) {
        c.text(at + ".indicator", indicator, 500).text(at + ".dataSource", dataSource, 500).text(at + ".baseline", baseline, 200);
        if (targets.size() < 2) c.add(at + ".targets", "needs targets for at least two school years");
        targets.forEach((year, target) -> {
            c.schoolYear(at + ".targets." + year, year);
            c.text(at + ".targets." + year, target, 200);
        });
    }
}
