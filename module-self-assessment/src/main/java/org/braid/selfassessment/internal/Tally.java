package org.braid.selfassessment.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the team sees of its members' ratings of one element: how many rated it, how many chose each level, the median
 * and the spread, never who chose what. The team disagrees, and the element is flagged for discussion, when the
 * ratings lie two levels or more apart.
 *
 * @param count        how many members rated the element
 * @param distribution how many chose level 1, 2, 3 and 4
 * @param median       the middle rating (the mean of the two middle ones for an even count); {@code null} when none
 * @param spread       the highest rating minus the lowest; 0 when fewer than two
 */
record Tally(int count, List<Integer> distribution, Double median, int spread) {
    /** The spread at which the team is taken to disagree. */
    static final int DISAGREEMENT = 2;

    Tally {
        distribution = List.copyOf(distribution);
    }

    /** @return the tally of the given levels (each 1..4) */
    static Tally of(List<Integer> levels) {
        return fromDistribution(distributionOf(levels));
    }

    /** @return the tally of a distribution such as {@code [0, 2, 1, 0]} */
    static Tally fromDistribution(List<Integer> distribution) {
        List<Integer> levels = new ArrayList<>();
        for (int level = Rubric.LOW; level <= Rubric.HIGH; level++) levels.addAll(Collections.nCopies(distribution.get(level - 1), level));
        int n = levels.size();
        if (n == 0) return new Tally(0, distribution, null, 0);
        Double median = n % 2 == 1 ? levels.get(n / 2) : (levels.get(n / 2 - 1) + levels.get(n / 2)) / 2.0;
        return new Tally(n, distribution, median.doubleValue(), levels.get(n - 1) - levels.get(0));
    }

    static List<Integer> distributionOf(List<Integer> levels) {
        Integer[] d = {0, 0, 0, 0};
        for (int level : levels) d[level - 1]++;
        return List.of(d);
    }

    /** @return whether the team disagrees on the element: a spread of two levels or more */
    boolean flagged() {
        return spread >= DISAGREEMENT;
    }
}
