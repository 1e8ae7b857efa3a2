package org.braid.planning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.braid.core.model.Goal;
import org.braid.planning.api.TemplateContext;
import org.braid.planning.api.TemplateSection.Entry;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;
import org.braid.planning.internal.PlanVersions.SignOff;
import org.braid.planning.internal.PlanVersions.Version;

/** Where in the plan a required plan's section is found: the entries each view the data file names draws from the plan. */
final class TemplateViews {
    static final Set<String> NAMES = Set.of("priority-areas", "strategies", "practices", "goals", "measures", "milestones", "funding",
            "stakeholders", "sign-offs", "needs-assessment", "monitoring");

    private TemplateViews() {
    }

    static List<Entry> entries(String view, TemplateContext ctx, List<Version> versions) {
        List<Entry> out = new ArrayList<>();
        var plan = ctx.plan();
        switch (view) {
            // what the needs assessment and monitoring told the template (PlanFacts): none while those modules are off
            case "needs-assessment", "monitoring" -> {
                for (org.braid.core.spi.PlanFact f : ctx.facts()) {
                    if (!f.source().equals(view)) continue;
                    out.add(new Entry(f.label(), f.text(), f.name().equals(org.braid.core.spi.PlanFact.ROOT_CAUSE) ? 1 : 0));
                }
            }
            case "priority-areas" -> {
                for (PriorityArea a : plan.priorityAreas()) {
                    out.add(new Entry("Priority " + a.number(), a.title(), 0));
                    if (!TemplateChecks.blank(a.description())) out.add(new Entry("Findings", a.description(), 1));
                }
            }
            case "strategies" -> {
                for (Strategy s : plan.strategies()) {
                    out.add(new Entry("Strategy " + s.number(), s.statement() + " (" + s.startYear() + " to " + s.endYear() + ")", 0));
                }
            }
            case "practices" -> {
                for (Strategy s : plan.strategies()) {
                    out.add(new Entry("Strategy " + s.number(), s.codes().isEmpty() ? "not coded" : "coded to " + String.join(", ", s.codes()), 0));
                }
            }
            case "goals" -> {
                for (Goal g : ctx.goals()) {
                    List<String> serving = plan.strategies().stream().filter(s -> s.goalIds().contains(g.id())).map(Strategy::number).toList();
                    out.add(new Entry("Goal", g.statement(), 0));
                    out.add(new Entry("Served by", serving.isEmpty() ? "no strategy" : "Strategy " + String.join(", ", serving), 1));
                }
            }
            case "measures" -> {
                for (Strategy s : plan.strategies()) {
                    for (StrategyMeasure m : s.measures()) {
                        out.add(new Entry("Measure " + m.number(), m.indicator(), 0));
                        out.add(new Entry("Baseline and targets", (m.baseline() == null ? "no baseline" : m.baseline()) + "; "
                                + (m.targets() == null || m.targets().isEmpty() ? "no targets" : PlanPdf.targets(m.targets())), 1));
                    }
                }
            }
            case "milestones" -> {
                for (Milestone m : plan.milestones()) {
                    out.add(new Entry("Milestone " + m.number(), m.description() + (m.dueDate() == null ? "" : " (due " + m.dueDate() + ")"), 0));
                    for (Action x : m.actions()) {
                        out.add(new Entry("Action " + x.number(), x.description() + " (" + (x.owner() == null ? "no owner" : x.owner())
                                + (x.dueDate() == null ? "" : ", due " + x.dueDate()) + ")", 1));
                    }
                }
            }
            case "funding" -> {
                Map<String, BigDecimal> bySource = new LinkedHashMap<>();
                for (Action x : plan.actions()) {
                    if (x.budget() == null && TemplateChecks.blank(x.fundingSource())) continue;
                    String source = TemplateChecks.blank(x.fundingSource()) ? "no funding source" : x.fundingSource().strip();
                    out.add(new Entry("Action " + x.number(), (x.budget() == null ? "" : "$" + x.budget().toPlainString() + " ") + source, 0));
                    if (x.budget() != null) bySource.merge(source, x.budget(), BigDecimal::add);
                }
                bySource.forEach((source, total) -> out.add(new Entry("Total " + source, "$" + total.toPlainString(), 0)));
            }
            case "stakeholders" -> {
                Set<String> people = new LinkedHashSet<>();
                for (Action x : plan.actions()) {
                    if (!TemplateChecks.blank(x.owner())) people.add(x.owner().strip());
                    people.addAll(x.collaborators());
                }
                if (!people.isEmpty()) out.add(new Entry("Owners and collaborators", String.join(", ", people), 0));
            }
            case "sign-offs" -> {
                if (!versions.isEmpty()) out.add(new Entry("Version " + versions.get(versions.size() - 1).number(), "submitted "
                        + versions.get(versions.size() - 1).submitted(), 0));
                for (SignOff s : TemplateChecks.latest(versions)) {
                    out.add(new Entry(s.role(), s.name() + ", " + s.signed() + (s.approves() ? " (approves)" : ""), 1));
                }
            }
            default -> throw new IllegalArgumentException("no such view: " + view);
        }
        return out;
    }
}
