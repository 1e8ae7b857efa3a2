package org.braid.planning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.Strategy;

/**
 * The money in a plan (seed 000, step 6): action budgets summed by funding source and by strategy, and the
 * funds freed by initiatives marked to retire.
 */
public record Funding(BigDecimal total, List<SourceTotal> bySource, List<StrategyTotal> byStrategy, int actionsWithoutBudget,
        List<Retirement> retiring, BigDecimal freed, List<SourceTotal> freedBySource) {

    /** What one funding source pays for (or frees); {@code (none)} for budgets without a source. */
    public record SourceTotal(String fundingSource, BigDecimal amount, int count) {}

    /** What one strategy costs. */
    public record StrategyTotal(String number, String strategyId, BigDecimal amount) {}

    static final String NO_SOURCE = "(none)";

    static Funding of(PlanTree plan, List<Retirement> retiring) {
        Map<String, BigDecimal[]> sources = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        List<StrategyTotal> strategies = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int noBudget = 0;
        for (Strategy s : plan.strategies()) {
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            for (Milestone m : s.milestones()) {
                for (Action a : m.actions()) {
                    if (a.budget() == null) {
                        noBudget++;
                        continue;
                    }
                    sum = sum.add(a.budget());
                    String src = a.fundingSource() == null ? NO_SOURCE : a.fundingSource();
                    sources.computeIfAbsent(src, k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2)})[0] =
                            sources.get(src)[0].add(a.budget());
                    counts.merge(src, 1, Integer::sum);
                }
            }
            strategies.add(new StrategyTotal(s.number(), s.id(), sum));
            total = total.add(sum);
        }
        List<SourceTotal> bySource = new ArrayList<>();
        sources.forEach((k, v) -> bySource.add(new SourceTotal(k, v[0], counts.get(k))));
        Map<String, BigDecimal> freedSources = new TreeMap<>();
        Map<String, Integer> freedCounts = new TreeMap<>();
        BigDecimal freed = BigDecimal.ZERO.setScale(2);
        for (Retirement r : retiring) {
            if (r.freedAmount() == null) continue;
            freed = freed.add(r.freedAmount());
            String src = r.fundingSource() == null ? NO_SOURCE : r.fundingSource();
            freedSources.merge(src, r.freedAmount(), BigDecimal::add);
            freedCounts.merge(src, 1, Integer::sum);
        }
        List<SourceTotal> freedBySource = new ArrayList<>();
        freedSources.forEach((k, v) -> freedBySource.add(new SourceTotal(k, v.setScale(2), freedCounts.get(k))));
        return new Funding(total, bySource, strategies, noBudget, retiring, freed, freedBySource);
    }
}
