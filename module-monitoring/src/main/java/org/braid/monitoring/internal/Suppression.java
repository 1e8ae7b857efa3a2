package org.braid.monitoring.internal;

import java.util.List;

/**
 * Suppression of small numbers as NCES SLDS Technical Brief 3 describes it, over cells related by totals. Primary:
 * every cell about fewer students than the minimum (or about an unknown number) is hidden. Complementary: a relation
 * (cells that add up to, or are parts of, a figure that can be known) with exactly one hidden cell would let that cell
 * be worked out from the others, so its next smallest shown cell is hidden too, until no relation has exactly one.
 */
final class Suppression {
    /** Why a cell is hidden. */
    enum Reason { FEWER_THAN_MINIMUM, COMPLEMENTARY }

    private Suppression() {}

    /**
     * @param sizes     the number of students behind each cell, {@code null} when not known
     * @param relations the cells (indexes into {@code sizes}) of each relation
     * @return for each cell why it is hidden, {@code null} for a cell shown
     */
    static Reason[] apply(List<Integer> sizes, List<List<Integer>> relations, int minimum) {
        Reason[] out = new Reason[sizes.size()];
        for (int i = 0; i < out.length; i++) if (sizes.get(i) == null || sizes.get(i) < minimum) out[i] = Reason.FEWER_THAN_MINIMUM;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Integer> r : relations) {
                if (r.size() < 2 || r.stream().filter(i -> out[i] != null).count() != 1) continue;
                int next = -1;
                for (int i : r) if (out[i] == null && (next < 0 || sizes.get(i) < sizes.get(next))) next = i;
                out[next] = Reason.COMPLEMENTARY;
                changed = true;
            }
        }
        return out;
    }
}
