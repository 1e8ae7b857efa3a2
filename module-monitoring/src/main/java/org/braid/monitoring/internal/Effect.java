package org.braid.monitoring.internal;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/**
 * Whether work moved after a support started: of the linked actions' and milestones' monthly reports, the share on
 * track or complete (against off track) in the months before the start, and in the months from the start on.
 * NOT_STARTED and CANCELLED reports say nothing about pace and are left out.
 *
 * @param before  the share before, or {@code null} when nothing was reported then
 * @param after   the share from the start, or {@code null} when nothing has been reported yet
 * @param change  after less before, when both are known
 * @param improved whether the share rose, when both are known
 */
record Effect(Double before, Double after, Double change, Boolean improved, int reportsBefore, int reportsAfter) {
    /** Months compared on each side of the start. */
    static final int WINDOW = 3;

    /**
     * @param histories each linked element's status by month (period {@code yyyy-MM})
     * @param now       the current month: the months after it are not counted
     */
    static Effect of(Collection<? extends Map<String, String>> histories, YearMonth start, YearMonth now) {
        int[] before = count(histories, start.minusMonths(WINDOW), start.minusMonths(1));
        YearMonth last = start.plusMonths(WINDOW - 1);
        int[] after = count(histories, start, last.isAfter(now) ? now : last);
        Double b = share(before), a = share(after);
        Double change = a == null || b == null ? null : SupportMatches.round(a - b);
        return new Effect(b, a, change, change == null ? null : change > 0, before[1], after[1]);
    }

    /** @return {on track or complete, counted} over the months from..to */
    private static int[] count(Collection<? extends Map<String, String>> histories, YearMonth from, YearMonth to) {
        int good = 0, counted = 0;
        for (Map<String, String> h : histories) {
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                String s = h.get(m.toString());
                if (s == null) continue;
                switch (s) {
                    case "ON_TRACK", "COMPLETE" -> { good++; counted++; }
                    case "OFF_TRACK" -> counted++;
                    default -> { } // not started or cancelled: no pace to compare
                }
            }
        }
        return new int[] {good, counted};
    }

    private static Double share(int[] c) {
        return c[1] == 0 ? null : SupportMatches.round(c[0] / (double) c[1]);
    }
}
