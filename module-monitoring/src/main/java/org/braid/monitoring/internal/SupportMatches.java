package org.braid.monitoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Matching: the practices where an organization's work lags, each with the supports coded to it, best fit first.
 * A practice lags when the share of its actions off track, overdue or not reported, each action counted once, reaches
 * the state's threshold. Off track and not reported never overlap, and come from the kept roll-up; overdue overlaps
 * both, and the roll-up keeps open elements by due month without their status, so the actions overdue that are
 * neither are counted apart ({@link Rollup#overdueOnly}) and added.
 */
final class SupportMatches {
    private SupportMatches() {}

    /**
     * A support matched with a lagging practice: the support's own fields (as {@code GET /supports/{id}} gives them)
     * with its {@code fit} and {@code remaining} beside them.
     */
    record Offered(@JsonUnwrapped Support support, int fit, Integer remaining) {}

    /** A practice's lag over a subtree: the share (0..1) of its actions behind, of {@code actions}. */
    record Lag(String practice, String name, int actions, double lag) {}

    /**
     * @param overdueOnly per practice, its actions overdue that are neither off track nor not reported
     * @return the lag of every practice with actions, from the roll-up's practice cells, most lagging first
     */
    static List<Lag> lags(List<Rollup.Cell> practiceCells, Map<String, Integer> overdueOnly) {
        List<Lag> out = new ArrayList<>();
        for (Rollup.Cell c : practiceCells) {
            int total = c.actions().get("total");
            if (total == 0) continue;
            int behind = behind(c.actions(), overdueOnly.getOrDefault(c.key(), 0));
            out.add(new Lag(c.key(), c.label(), total, Math.min(1.0, behind / (double) total)));
        }
        out.sort(Comparator.comparingDouble((Lag l) -> -l.lag()).thenComparing(Lag::practice));
        return out;
    }

    /**
     * @param supports  the supports open to the organization
     * @param remaining how many more organizations a support can take (capacity less its accepted assignments)
     * @param distance  how far a support's provider is: 0 the organization itself, 1 its district, 2 the state
     * @return per lagging practice: {@code practice, name, actions, lag, supports}, each support with its {@code fit} (how
     *         many of the lagging practices it addresses) and {@code remaining}
     */
    static List<Map<String, Object>> match(List<Lag> lags, double threshold, List<Support> supports, ToIntFunction<Support> remaining,
            ToIntFunction<Support> distance) {
        Set<String> lagging = new TreeSet<>();
        for (Lag l : lags) if (l.lag() >= threshold) lagging.add(l.practice());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Lag l : lags) {
            if (!lagging.contains(l.practice())) continue;
            List<Support> fits = new ArrayList<>(supports.stream().filter(s -> s.practiceCodes().contains(l.practice())).toList());
            ToIntFunction<Support> fit = s -> (int) s.practiceCodes().stream().filter(lagging::contains).count();
            fits.sort(Comparator.comparingInt((Support s) -> -fit.applyAsInt(s))
                    .thenComparing(s -> remaining.applyAsInt(s) <= 0)
                    .thenComparingInt(distance)
                    .thenComparing(Support::title));
            List<Offered> offered = new ArrayList<>();
            for (Support s : fits) {
                offered.add(new Offered(s, fit.applyAsInt(s), remaining.applyAsInt(s) == Integer.MAX_VALUE ? null : remaining.applyAsInt(s)));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("practice", l.practice());
            m.put("name", l.name());
            m.put("actions", l.actions());
            m.put("lag", round(l.lag()));
            m.put("supports", offered);
            out.add(m);
        }
        return out;
    }

    /** @return the actions off track, overdue or not reported, each once */
    static int behind(Counts actions, int overdueOnly) {
        return actions.get("OFF_TRACK") + actions.get(Counts.NOT_REPORTED) + overdueOnly;
    }

    static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
