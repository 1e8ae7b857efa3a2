package org.braid.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.braid.core.model.Checks;
import org.braid.core.model.Direction;
import org.braid.core.model.DirectionService;
import org.braid.core.model.Goal;
import org.braid.core.model.GoalMeasure;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanService;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The annual story of an organization for a school year, for boards and families: its direction, its goals and
 * measures against their targets, what was done (milestones and actions, outputs), how the work moved month by
 * month, what was adjusted and why, and the supports it received. Work is counted over the organization's subtree
 * from the kept roll-up; outputs and strategy measures come from its own plans while planning is on.
 */
@Component(service = AnnualReport.class)
public class AnnualReport {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PlanService plans;
    private final Rollup rollup;
    private final MeasureResults results;
    private final FollowUps followUps;
    private final Supports supports;
    private final StatusReports reports;
    private final CalendarSettings calendar;
    private final DirectionService directions;
    private final OrganizationService orgs;

    /** A goal or strategy measure with its target and result for the year. */
    public record MeasureLine(String kind, String indicator, String dataSource, String baseline, String target, String result, Integer studentCount,
            Boolean onTarget) {}

    /** A goal and its measures. */
    public record GoalLine(String statement, List<MeasureLine> measures) {}

    /** Actions or milestones at the end of the year (or today), by status. */
    public record Work(int total, int complete, int onTrack, int offTrack, int notStarted, int cancelled, int notReported, int overdue) {
        static Work of(Counts c) {
            return new Work(c.get("total"), c.get("COMPLETE"), c.get("ON_TRACK"), c.get("OFF_TRACK"), c.get("NOT_STARTED"), c.get("CANCELLED"),
                    c.get(Counts.NOT_REPORTED), c.get(Counts.OVERDUE));
        }
    }

    /** One month of the year: actions started by then, complete, and on track or complete. */
    public record Month(String period, int actions, int complete, int onTrackOrComplete) {}

    /** A support the organization (or one under it) received, and whether work moved after it started. */
    public record SupportLine(String title, String format, String orgName, String startDate, String status, Effect effect) {}

    /** The whole story. */
    public record Story(String orgId, String name, String type, String schoolYear, String vision, String mission, String purpose, List<GoalLine> goals,
            Work actions, Work milestones, List<Month> months, List<String> outputs, List<MeasureLine> strategyMeasures, List<Adjustment> adjustments,
            List<SupportLine> supports, List<String> summary) {}

    @Activate
    public AnnualReport(@Reference Rollup rollup, @Reference MeasureResults results, @Reference FollowUps followUps, @Reference Supports supports,
            @Reference StatusReports reports, @Reference CalendarSettings calendar, @Reference DirectionService directions,
            @Reference OrganizationService orgs) {
        this.rollup = rollup;
        this.results = results;
        this.followUps = followUps;
        this.supports = supports;
        this.reports = reports;
        this.calendar = calendar;
        this.directions = directions;
        this.orgs = orgs;
    }

    @SuppressWarnings("unchecked")
    Story story(String orgId, String schoolYear) {
        Organization o = orgs.get(orgId);
        if (schoolYear != null && !schoolYear.isBlank()) new Checks().schoolYear("schoolYear", schoolYear.strip()).throwIfAny();
        Map<String, Object> byEssa = rollup.rollup(orgId, "essaStatus", schoolYear == null || schoolYear.isBlank() ? null : schoolYear.strip());
        String year = (String) byEssa.get("schoolYear");
        Counts actions = new Counts(), milestones = new Counts();
        for (Rollup.Cell c : (List<Rollup.Cell>) byEssa.get("cells")) {
            c.actions().values().forEach(actions::add);
            c.milestones().values().forEach(milestones::add);
        }
        List<Month> months = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) rollup.trend(orgId, "essaStatus", year).get("months")) {
            int total = 0, complete = 0, onTrack = 0;
            for (Rollup.Cell c : (List<Rollup.Cell>) m.get("cells")) {
                total += c.actions().get("total");
                complete += c.actions().get("COMPLETE");
                onTrack += c.actions().get("ON_TRACK");
            }
            months.add(new Month((String) m.get("period"), total, complete, complete + onTrack));
        }

        Direction d = directions.get(orgId);
        Map<String, MeasureResult> byMeasure = new LinkedHashMap<>();
        for (MeasureResult r : results.ofOrganizations(List.of(orgId), year)) byMeasure.put(r.measureId(), r);
        List<GoalLine> goals = new ArrayList<>();
        for (Goal g : d.goals()) {
            List<MeasureLine> lines = new ArrayList<>();
            for (GoalMeasure m : g.measures()) lines.add(line("GOAL", m.indicator(), m.dataSource(), m.baseline(), m.targets().get(year), byMeasure.get(m.id())));
            goals.add(new GoalLine(g.statement(), lines));
        }

        List<MeasureLine> strategyMeasures = new ArrayList<>();
        Set<String> outputs = new LinkedHashSet<>();
        Set<String> planIds = new LinkedHashSet<>();
        PlanService p = plans;
        if (p != null) {
            for (Plan plan : p.forOrganization(orgId)) {
                if (!plan.schoolYear().equals(year)) continue;
                planIds.add(plan.id());
                PlanTree t = p.tree(plan.id());
                for (Strategy s : t.strategies()) {
                    for (StrategyMeasure m : s.measures()) {
                        String target = m.targets() == null || m.targets().get(year) == null ? null : m.targets().get(year).asText();
                        strategyMeasures.add(line("STRATEGY", m.indicator(), m.dataSource(), m.baseline(), target, byMeasure.get(m.id())));
                    }
                }
                for (StatusReport r : reports.list(plan.id(), null, null, 10000, 0).items()) if (r.status() == Status.COMPLETE) outputs.addAll(r.outputsCompleted());
            }
        }

        LocalDate from = calendar.firstDay(year), to = from.plusYears(1);
        List<String> subtree = orgs.subtree(orgId).stream().map(Organization::id).toList();
        List<Adjustment> adjustments = followUps.adjustments(subtree).stream().filter(a -> {
            LocalDate made = LocalDate.parse(a.madeAt().substring(0, 10));
            return !made.isBefore(from) && made.isBefore(to);
        }).toList();

        List<SupportLine> received = new ArrayList<>();
        String column = switch (o.type()) {
            case SEA -> "sea_id";
            case LEA -> "district_id";
            case SCHOOL -> "org_id";
        };
        java.time.YearMonth now = java.time.YearMonth.now();
        for (SupportAssignment a : supports.assignments(column, orgId)) {
            LocalDate start = LocalDate.parse(a.startDate());
            if (start.isBefore(from) || !start.isBefore(to) || !List.of("ACCEPTED", "COMPLETED").contains(a.status())) continue;
            Support s = supports.get(a.supportId());
            received.add(new SupportLine(s.title(), s.format(), orgs.get(a.orgId()).name(), a.startDate(), a.status(),
                    Effect.of(supports.histories(supports.itemIds(a.id())), java.time.YearMonth.from(start), now)));
        }

        Work a = Work.of(actions), m = Work.of(milestones);
        List<String> summary = summary(o, year, a, m, goals, adjustments, received, planIds.isEmpty() && o.type() == OrgType.SCHOOL);
        return new Story(o.id(), o.name(), o.type().name(), year, d.vision(), d.mission(), d.purpose(), goals, a, m, months, List.copyOf(outputs),
                strategyMeasures, adjustments, received, summary);
    }

    private static MeasureLine line(String kind, String indicator, String dataSource, String baseline, String target, MeasureResult r) {
        return new MeasureLine(kind, indicator, dataSource, baseline, target, r == null || r.value() == null ? null : r.value().stripTrailingZeros().toPlainString(),
                r == null ? null : r.studentCount(), r == null ? null : r.onTarget());
    }

    /** The story in a few plain sentences. */
    static List<String> summary(Organization o, String year, Work a, Work m, List<GoalLine> goals, List<Adjustment> adjustments,
            List<SupportLine> supports, boolean noPlan) {
        List<String> out = new ArrayList<>();
        String who = o.type() == OrgType.SCHOOL ? o.name() : o.name() + " and its " + (o.type() == OrgType.SEA ? "districts and schools" : "schools");
        if (a.total() == 0) {
            out.add(noPlan ? o.name() + " has no plan for " + year + "." : "No actions were planned in " + who + " for " + year + ".");
        } else {
            out.add("In " + year + ", " + who + " worked on " + a.total() + " actions toward " + m.total() + " milestones.");
            out.add(a.complete() + " actions are complete (" + percent(a.complete(), a.total()) + ") and " + a.onTrack() + " more are on track; "
                    + a.offTrack() + " are behind and " + a.notReported() + " have no report yet.");
            out.add(m.complete() + " of " + m.total() + " milestones are complete.");
        }
        int measured = 0, met = 0;
        for (GoalLine g : goals) for (MeasureLine l : g.measures()) if (l.onTarget() != null) {
            measured++;
            if (l.onTarget()) met++;
        }
        if (measured > 0) out.add(met + " of " + measured + " goal measures with a result this year reached their target.");
        if (!adjustments.isEmpty()) out.add("The plan changed " + adjustments.size() + (adjustments.size() == 1 ? " time" : " times")
                + " when the monthly reports showed work lagging; each change says why.");
        if (!supports.isEmpty()) {
            long improved = supports.stream().filter(s -> Boolean.TRUE.equals(s.effect().improved())).count();
            out.add(supports.size() + (supports.size() == 1 ? " support was" : " supports were") + " received; after " + improved
                    + " of them, more of the work was on track than before.");
        }
        return out;
    }

    static String percent(int n, int of) {
        return of == 0 ? "0%" : Math.round(100.0 * n / of) + "%";
    }
}
