package org.braid.selfassessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where a state's districts (or one district over the years) stand: per element and per practice, how many
 * self-reflections agreed on each level, and which districts rate an element lowest. Only the consensus counts, one per
 * self-reflection; the members' ratings never enter it.
 *
 * @param reflections the self-reflections counted, for the drill-down to a district's results
 */
record Rollup(String orgId, String schoolYear, List<Counted> reflections, List<ElementRow> elements, List<PracticeRow> practices) {
    /** How many of the lowest-rating districts an element lists. */
    static final int LOWEST = 10;

    /** A self-reflection counted: whose, which year, how far its consensus got. */
    record Counted(String reflectionId, String orgId, String name, String schoolYear, int agreed, boolean complete) {}

    /**
     * @param levels how many self-reflections agreed on level 1, 2, 3 and 4
     * @param none   how many have no consensus on it yet
     * @param lowest the self-reflections at the lowest level agreed, worst first
     */
    record ElementRow(String code, String practice, List<Integer> levels, int none, List<Low> lowest) {}

    /** A district rating an element low. */
    record Low(String reflectionId, String orgId, String name, String schoolYear, int level) {}

    /** An element's counts summed over a practice, for the chart per practice. */
    record PracticeRow(String code, String name, String domain, List<Integer> levels, int none) {}

    /**
     * @param reflections the self-reflections of the districts in scope
     * @param consensus   reflection id to element code to agreed level (others are ignored)
     * @param names       organization id to name
     */
    static Rollup of(String orgId, String schoolYear, List<Reflection> reflections, Map<String, Map<String, Integer>> consensus, Map<String, String> names,
            Rubric rubric) {
        List<Counted> counted = new ArrayList<>();
        for (Reflection r : reflections) {
            Map<String, Integer> agreed = consensus.getOrDefault(r.id(), Map.of());
            int n = (int) rubric.codes().stream().filter(agreed::containsKey).count();
            counted.add(new Counted(r.id(), r.orgId(), names.get(r.orgId()), r.schoolYear(), n, n == rubric.codes().size()));
        }
        List<ElementRow> elements = new ArrayList<>();
        for (String code : rubric.codes()) {
            int[] levels = new int[Rubric.HIGH];
            int none = 0;
            List<Low> lows = new ArrayList<>();
            for (Reflection r : reflections) {
                Integer level = consensus.getOrDefault(r.id(), Map.of()).get(code);
                if (level == null) {
                    none++;
                    continue;
                }
                levels[level - 1]++;
                lows.add(new Low(r.id(), r.orgId(), names.get(r.orgId()), r.schoolYear(), level));
            }
            int min = lows.stream().mapToInt(Low::level).min().orElse(0);
            List<Low> lowest = lows.stream().filter(l -> l.level() == min)
                    .sorted(Comparator.comparing(Low::name, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Low::schoolYear))
                    .limit(LOWEST).toList();
            elements.add(new ElementRow(code, rubric.element(code).practice(), boxed(levels), none, lowest));
        }
        List<PracticeRow> practices = new ArrayList<>();
        for (Rubric.Practice p : rubric.practices()) {
            int[] levels = new int[Rubric.HIGH];
            int none = 0;
            for (ElementRow e : elements) {
                if (!e.practice().equals(p.code())) continue;
                for (int i = 0; i < levels.length; i++) levels[i] += e.levels().get(i);
                none += e.none();
            }
            practices.add(new PracticeRow(p.code(), p.name(), p.domain(), boxed(levels), none));
        }
        return new Rollup(orgId, schoolYear, counted, elements, practices);
    }

    private static List<Integer> boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
