package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.braid.core.model.Goal;
import org.braid.core.spi.PlanFact;
import org.braid.planning.api.TemplateContext;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;
import org.braid.planning.internal.PlanVersions.SignOff;
import org.braid.planning.internal.PlanVersions.Version;

/**
 * The checks a required plan's components name in its data file: each finds whether the plan shows the component, and
 * when it does not, which elements fall short.
 */
final class TemplateChecks {
    /** The names the data file may use. */
    static final Set<String> NAMES = Set.of("priority-areas", "priority-areas-described", "strategies", "theories-of-action", "practices",
            "goals", "measures", "milestones", "funding", "coordinated-funding", "stakeholders", "signed-off", "approved", "mentions",
            "comprehensive-needs-assessment", "status-reports", "reviews");

    private TemplateChecks() {
    }

    /**
     * @param check    one of {@link #NAMES}
     * @param words    for {@code mentions}: any of them found in the plan's text (ignoring case) shows the component
     * @param versions the plan's submitted versions, oldest first
     * @return empty when the plan shows the component, else what falls short (empty text when nothing in particular)
     */
    static Optional<String> gap(String check, List<String> words, TemplateContext ctx, List<Version> versions) {
        var plan = ctx.plan();
        List<Strategy> strategies = plan.strategies();
        return switch (check) {
            case "priority-areas" -> plan.priorityAreas().isEmpty() ? Optional.of("the plan has no priority area") : Optional.empty();
            case "priority-areas-described" -> plan.priorityAreas().isEmpty() ? Optional.of("the plan has no priority area")
                    : lacking("Priority", plan.priorityAreas(), PriorityArea::number, a -> !blank(a.description()));
            case "strategies" -> plan.priorityAreas().isEmpty() ? Optional.of("the plan has no priority area")
                    : lacking("Priority", plan.priorityAreas(), PriorityArea::number, a -> !a.strategies().isEmpty());
            case "theories-of-action" -> Optional.ofNullable(noStrategies(strategies)).or(() -> Stream.of(
                    lacking("Priority", plan.priorityAreas(), PriorityArea::number, a -> !a.strategies().isEmpty()),
                    lacking("Strategy", strategies, Strategy::number, s -> !blank(s.ifPart()) && !blank(s.then()) && !blank(s.and())))
                    .flatMap(Optional::stream).reduce((a, b) -> a + "; " + b));
            case "practices" -> Optional.ofNullable(noStrategies(strategies)).or(() -> lacking("Strategy", strategies, Strategy::number, s -> !s.codes().isEmpty()));
            case "goals" -> Optional.ofNullable(noStrategies(strategies)).or(() -> goals(ctx, strategies));
            case "measures" -> Optional.ofNullable(noStrategies(strategies)).or(() -> lacking("Strategy", strategies, Strategy::number,
                    s -> s.measures().stream().anyMatch(TemplateChecks::measured)));
            case "milestones" -> Optional.ofNullable(noStrategies(strategies)).or(() -> Stream.of(
                    lacking("Strategy", strategies, Strategy::number, s -> !s.milestones().isEmpty()),
                    lacking("Milestone", plan.milestones(), Milestone::number, m -> m.dueDate() != null && !m.actions().isEmpty()),
                    lacking("Action", plan.actions(), Action::number, x -> !blank(x.owner()) && x.dueDate() != null))
                    .flatMap(Optional::stream).reduce((a, b) -> a + "; " + b));
            case "funding" -> sources(plan.actions()).isEmpty() ? Optional.of("no action names a funding source")
                    : lacking("Action", plan.actions(), Action::number, x -> x.budget() == null || !blank(x.fundingSource()));
            case "coordinated-funding" -> sources(plan.actions()).size() > 1 ? Optional.empty()
                    : Optional.of("the actions name " + sources(plan.actions()).size() + " funding source(s)");
            case "stakeholders" -> plan.actions().stream().anyMatch(x -> !x.collaborators().isEmpty()) || roles(versions).size() > 1 ? Optional.empty()
                    : Optional.of("no action names collaborators and no version is signed by more than one role");
            case "signed-off" -> roles(versions).isEmpty() ? Optional.of(versions.isEmpty() ? "the plan has not been submitted" : "no one has signed the latest version")
                    : Optional.empty();
            case "approved" -> latest(versions).stream().anyMatch(SignOff::approves) ? Optional.empty()
                    : Optional.of(versions.isEmpty() ? "the plan has not been submitted" : "the latest version is not approved");
            case "mentions" -> mentions(ctx, words) ? Optional.empty() : Optional.of("");
            // what other modules tell (PlanFacts): the needs assessment's and monitoring's records, not the plan's text
            case "comprehensive-needs-assessment" -> told(ctx, PlanFact.COMPREHENSIVE_NEEDS_ASSESSMENT,
                    "no comprehensive needs assessment with priority needs for " + plan.schoolYear());
            case "status-reports" -> told(ctx, PlanFact.STATUS_REPORTS, "no status report filed on the plan");
            case "reviews" -> told(ctx, PlanFact.REVIEWS, "no review held on the plan");
            default -> throw new IllegalArgumentException("no such check: " + check);
        };
    }

    private static Optional<String> told(TemplateContext ctx, String fact, String otherwise) {
        return ctx.facts(fact).isEmpty() ? Optional.of(otherwise) : Optional.empty();
    }

    /** @return whether the plan's text (its elements and its organization's goals) contains any of the words */
    static boolean mentions(TemplateContext ctx, List<String> words) {
        String text = text(ctx).toLowerCase(Locale.ROOT);
        return words != null && words.stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)));
    }

    private static String text(TemplateContext ctx) {
        List<String> parts = new ArrayList<>();
        for (PriorityArea a : ctx.plan().priorityAreas()) {
            parts.add(a.title());
            parts.add(a.description());
        }
        for (Strategy s : ctx.plan().strategies()) {
            parts.add(s.statement());
            for (StrategyMeasure m : s.measures()) parts.add(m.indicator());
        }
        for (Milestone m : ctx.plan().milestones()) parts.add(m.description());
        for (Action x : ctx.plan().actions()) parts.add(x.description());
        for (Goal g : ctx.goals()) parts.add(g.statement());
        return parts.stream().filter(p -> p != null).collect(Collectors.joining("\n"));
    }

    private static Optional<String> goals(TemplateContext ctx, List<Strategy> strategies) {
        List<String> out = new ArrayList<>();
        if (ctx.goals().isEmpty()) out.add("the organization's direction has no goal");
        else lacking("Goal", ctx.goals(), Goal::statement, g -> !g.measures().isEmpty()).ifPresent(s -> out.add(s + " (no measure)"));
        lacking("Strategy", strategies, Strategy::number, s -> !s.goalIds().isEmpty()).ifPresent(s -> out.add(s + " (no goal)"));
        return out.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", out));
    }

    static boolean measured(StrategyMeasure m) {
        return !blank(m.baseline()) && m.targets() != null && !m.targets().isEmpty();
    }

    /** @return the distinct funding sources the actions name, in plan order */
    static Set<String> sources(List<Action> actions) {
        Set<String> out = new LinkedHashSet<>();
        for (Action x : actions) if (!blank(x.fundingSource())) out.add(x.fundingSource().strip());
        return out;
    }

    /** @return the sign-offs of the latest version, none when not submitted */
    static List<SignOff> latest(List<Version> versions) {
        return versions.isEmpty() ? List.of() : versions.get(versions.size() - 1).signOffs();
    }

    private static Set<String> roles(List<Version> versions) {
        return latest(versions).stream().map(SignOff::role).collect(Collectors.toSet());
    }

    private static String noStrategies(List<Strategy> strategies) {
        return strategies.isEmpty() ? "the plan has no strategy" : null;
    }

    /** @return "Strategy 1.1, 2.1" naming those that fail the test, or empty when all pass */
    private static <T> Optional<String> lacking(String label, List<T> items, java.util.function.Function<T, String> name, Predicate<T> ok) {
        List<String> bad = items.stream().filter(ok.negate()).map(name).toList();
        return bad.isEmpty() ? Optional.empty() : Optional.of(label + " " + String.join(", ", bad));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
