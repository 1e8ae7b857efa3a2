package org.braid.monitoring.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.braid.core.model.NotFoundException;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Publications;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanAdjustment;
import org.braid.planning.api.PlanService;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.platform.store.DemoLoad;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo's monitoring once, when the demo plans exist: months of status reports (School A on track, School B
 * lagging on its culture-shift practice, School C in between), a quarterly and a semester review, District A's
 * adjustment after School B lagged (professional learning from the state, seed 001's example) and a coach's
 * walkthrough. That it ran is recorded, so deleted data stays deleted.
 */
@Component(immediate = true)
public class DemoMonitoring {
    static final String NAME = "demo-monitoring";
    private static final Logger LOG = LoggerFactory.getLogger(DemoMonitoring.class);
    private static final String YEAR = "2025-26";
    private static final String DISTRICT_A = "a75946c3-cc25-569a-be0b-a882339e7354";
    private static final List<String> SCHOOLS = List.of("aee652e4-9590-5259-9d8f-fc12d149d6be", "7e04dad6-0b11-5766-8482-2a383a1e51c3",
            "0931cb23-a7b3-55ef-a9b8-3870220ef966");
    private final MonitoringStore store;
    private final PlanService plans;
    private final OrganizationService orgs;
    private final StatusReports reports;
    private final Reviews reviews;
    private final FollowUps followUps;
    private final Items items;
    private final PlanSync sync;
    private final Supports supports;
    private final Publications publications;
    private final DemoLoad load;

    @Activate
    public DemoMonitoring(@Reference MonitoringStore store, @Reference PlanService plans, @Reference OrganizationService orgs,
            @Reference StatusReports reports, @Reference Reviews reviews, @Reference FollowUps followUps, @Reference Items items,
            @Reference PlanSync sync, @Reference Supports supports, @Reference Publications publications) {
        this.store = store;
        this.plans = plans;
        this.orgs = orgs;
        this.reports = reports;
        this.reviews = reviews;
        this.followUps = followUps;
        this.items = items;
        this.sync = sync;
        this.supports = supports;
        this.publications = publications;
        this.load = DemoLoad.start("monitoring", Duration.ofMinutes(3), Duration.ofSeconds(1), this::loadIfDue);
    }

    @Deactivate
    void stop() {
        load.stop();
    }

    /** @return whether it is decided (loaded, or recorded as not needed) */
    boolean loadIfDue() {
        return store.tx(c -> {
            store.db.lock("demo:monitoring"); // nodes starting at once on one PostgreSQL: the second waits, then finds it loaded
            if (!MonitoringStore.query(c, "SELECT name FROM monitoring_demo WHERE name = ?", rs -> 1, NAME).isEmpty()) return true;
            try {
                orgs.get(DISTRICT_A);
            } catch (NotFoundException e) {
                return false;
            }
            List<Plan> schoolPlans = SCHOOLS.stream().flatMap(s -> plans.forOrganization(s).stream().filter(p -> p.schoolYear().equals(YEAR))).toList();
            List<Plan> districtPlans = plans.forOrganization(DISTRICT_A).stream().filter(p -> p.schoolYear().equals(YEAR)).toList();
            if (schoolPlans.size() < SCHOOLS.size() || districtPlans.isEmpty()) return false; // the demo plans are not loaded yet
            // a plan written while monitoring was starting may have been missed (on PostgreSQL the catch-up does not
            // wait for a writer's open transaction): read it now
            for (Plan p : concat(schoolPlans, districtPlans.subList(0, 1))) {
                if (items.plan(p.id()) == null) sync.sync(p.id());
                if (items.plan(p.id()) == null) return false; // planning is going or coming: try again
            }
            boolean any = false; // someone reported on the demo plans already: leave them as they are
            for (Plan p : concat(schoolPlans, districtPlans)) {
                any |= !MonitoringStore.query(c, "SELECT id FROM monitoring_report WHERE plan_id = ? FETCH FIRST 1 ROWS ONLY", rs -> 1, p.id()).isEmpty();
            }
            if (!any) load(schoolPlans, districtPlans.get(0));
            MonitoringStore.exec(c, "INSERT INTO monitoring_demo (name, loaded) VALUES (?, ?)", NAME, Timestamp.from(Instant.now()));
            return true;
        });
    }

    private static List<Plan> concat(List<Plan> a, List<Plan> b) {
        List<Plan> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private void load(List<Plan> schoolPlans, Plan districtPlan) {
        // organizations are read before any roll-up row is written: a change to one of them (which takes its row, then
        // the roll-up's) must wait for this transaction, never deadlock with it
        Map<String, Item.Place> places = new java.util.HashMap<>();
        for (Plan p : schoolPlans) places.put(p.orgId(), items.place(p.orgId()));
        publications.publish(schoolPlans.get(0).orgId(), true, "school-a"); // School A shows its families its year
        for (int s = 0; s < schoolPlans.size(); s++) monthsOfReports(plans.tree(schoolPlans.get(s).id()), s);
        monthsOfReports(plans.tree(districtPlan.id()), 0);
        PlanTree b = plans.tree(schoolPlans.get(1).id());
        Milestone lagging = b.milestones().get(b.milestones().size() - 1);
        reviews.add(new Inputs.ReviewInput(b.id(), "QUARTERLY", "Q2", b.milestones().get(0).id(), "Teachers had no time set aside to confer with students",
                "Moved conferences into the advisory period", "Asked the district for help with scheduling"), b.orgId(),
                new PlanProgress(store.tx(c -> Items.ofPlan(c, b.id())), reports.list(b.id(), null, null, 10000, 0).items(), java.time.Clock.systemUTC())
                        .milestoneFigures(b.milestones().get(0)), "school-b-team");
        PlanTree a = plans.tree(schoolPlans.get(0).id());
        reviews.add(new Inputs.ReviewInput(a.id(), "SEMESTER", "S1", a.strategies().get(0).id(), null, null, "Every milestone on schedule"), a.orgId(),
                Map.of("milestones", a.strategies().get(0).milestones().size(), "milestonesCompletedPercent", 33, "milestonesBehindSchedule", 0), "school-a-team");
        // seed 001: a district lagging on personalized learning gets professional learning from the state, and its plan says why it changed
        PlanTree d = plans.tree(districtPlan.id());
        Action step = d.milestones().get(0).actions().get(d.milestones().get(0).actions().size() - 1);
        String cause = "Monthly reports show School B off track on " + String.join(", ", lagging.codes()) + " (personalized learning): portfolios started in one grade of five";
        Map<String, Object> change = Map.of("description", step.description() + ", with professional learning on personalized learning from the "
                + "state's regional center");
        PlanAdjustment made = plans.adjust(step.id(), change, cause, "district-a");
        followUps.insert(new Adjustment(UUID.randomUUID().toString(), d.id(), step.id(), d.orgId(), cause,
                "Status reports of January to March; the coach's walkthrough of March 10", change, made.version(), "district-a",
                "2026-03-20T15:00:00Z", false));
        followUps.insert(new Walkthrough(UUID.randomUUID().toString(), b.orgId(), "2026-03-10", List.of(b.strategies().get(0).id()),
                List.of("Students can say what their learning goal is", "Portfolios hold work from this month", "Teachers confer with students about goals"),
                "Portfolios in use in grade 3 only; teachers asked for time to confer.", "coach", 1L));
        supports(b, lagging, plans.tree(schoolPlans.get(2).id()), places);
        LOG.info("Loaded the demo's status reports, reviews, adjustment, walkthrough and supports; School A's progress page is published");
    }

    /**
     * Two supports and an assignment of each: the state's professional learning on personalized learning came to School
     * B in February and did not turn its lagging milestone around; the district's coaching came to School C the month
     * after an action ran late, and its work was back on track.
     */
    private void supports(PlanTree b, Milestone lagging, PlanTree c, Map<String, Item.Place> places) {
        Item.Place place = places.get(b.orgId());
        Support learning = supports.create(new Inputs.SupportInput("Personalized learning: professional learning from the regional center",
                "Four sessions on learning goals, student portfolios and conferring, with classroom follow-up by the regional center's staff.",
                place.seaId(), "Regional education service center", "PROFESSIONAL_LEARNING", lagging.codes(), 10, "personalized-learning@state.example",
                null), place.seaId());
        Milestone late = c.milestones().stream().filter(m -> m.actions().stream().anyMatch(a -> a.dueDate() != null
                && YearMonth.from(LocalDate.parse(a.dueDate())).isBefore(YearMonth.of(2026, 3)))).findFirst().orElse(c.milestones().get(0));
        YearMonth due = late.actions().stream().filter(a -> a.dueDate() != null).map(a -> YearMonth.from(LocalDate.parse(a.dueDate()))).sorted()
                .findFirst().orElse(YearMonth.of(2025, 11));
        List<String> codes = late.codes().isEmpty() ? c.strategies().stream().filter(s -> s.milestones().contains(late)).findFirst().orElseThrow().codes()
                : late.codes();
        Support coaching = supports.create(new Inputs.SupportInput("Instructional coaching for on-time implementation",
                "A district instructional coach meets the school team every two weeks to plan the next steps and clear what holds them up.",
                DISTRICT_A, null, "COACHING", codes, 4, "District A, office of school improvement", null), place.seaId());
        assign(learning, b, lagging, "2026-02-01", "Regional center coach, personalized learning team", places.get(b.orgId()));
        assign(coaching, c, late, due.plusMonths(1).atDay(1).toString(), "District A instructional coach", places.get(c.orgId()));
    }

    private void assign(Support s, PlanTree t, Milestone m, String start, String staff, Item.Place place) {
        List<String> itemIds = new java.util.ArrayList<>(List.of(m.id()));
        m.actions().forEach(a -> itemIds.add(a.id()));
        SupportAssignment a = supports.request(new Inputs.AssignmentInput(s.id(), t.orgId(), List.of(m.id()), start, "Our monthly reports show this milestone behind."),
                place, itemIds, "district-a", Instant.parse("2026-01-20T15:00:00Z"));
        supports.change(a.id(), new Inputs.AssignmentChange("ACCEPTED", staff, null, null, 1L), 1L);
    }

    /**
     * Reports for each month up to June 2026 on every action started by then: School A (pace 0) on track and finishing
     * on time, School B (1) off track from January and silent in the last months, School C (2) on track but finishing late.
     */
    private void monthsOfReports(PlanTree t, int pace) {
        for (YearMonth m = YearMonth.of(2025, 8); !m.isAfter(YearMonth.of(2026, 6)); m = m.plusMonths(1)) {
            if (pace == 1 && m.isAfter(YearMonth.of(2026, 4))) break;
            Instant at = m.plusMonths(1).atDay(3).atTime(16, 0).toInstant(ZoneOffset.UTC);
            for (Milestone ms : t.milestones()) {
                List<Status> month = new java.util.ArrayList<>();
                for (Action a : ms.actions()) {
                    if (a.startDate() == null || YearMonth.from(LocalDate.parse(a.startDate())).isAfter(m)) continue;
                    boolean due = a.dueDate() != null && !YearMonth.from(LocalDate.parse(a.dueDate())).isAfter(m);
                    Status s = switch (pace) {
                        case 0 -> due ? Status.COMPLETE : Status.ON_TRACK;
                        case 1 -> m.isBefore(YearMonth.of(2026, 1)) ? (due ? Status.COMPLETE : Status.ON_TRACK) : Status.OFF_TRACK;
                        default -> due && m.isAfter(YearMonth.from(LocalDate.parse(a.dueDate())).plusMonths(0)) ? Status.COMPLETE
                                : due ? Status.OFF_TRACK : Status.ON_TRACK;
                    };
                    reports.fileAt(new ReportInput(a.id(), m.toString(), s, note(s), null, s == Status.COMPLETE ? a.outputs() : List.of(),
                            s == Status.NOT_STARTED ? null : new BigDecimal("250.00"), null), "demo", at);
                    month.add(s);
                }
                if (month.isEmpty()) continue;
                // the milestone as the team sees it: complete with its last action, off track with any of them
                Status ms0 = month.size() == ms.actions().size() && month.stream().allMatch(x -> x == Status.COMPLETE) ? Status.COMPLETE
                        : month.contains(Status.OFF_TRACK) ? Status.OFF_TRACK : Status.ON_TRACK;
                reports.fileAt(new ReportInput(ms.id(), m.toString(), ms0, null, null, List.of(), null, null), "demo", at);
            }
        }
    }

    private static String note(Status s) {
        return switch (s) {
            case COMPLETE -> "Done; outputs filed with the team.";
            case OFF_TRACK -> "Behind: teachers have not had time set aside for this.";
            default -> "On schedule.";
        };
    }
}
