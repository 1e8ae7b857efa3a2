package org.braid.monitoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.braid.core.model.EssaStatus;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworks;
import org.braid.core.spi.Crosswalk;
import org.braid.core.spi.Domain;
import org.braid.core.spi.Practice;
import org.braid.planning.api.PlanEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The kept roll-up always equals a full recompute from the plans, the network and the raw reports, after reports,
 * re-reports, corrections, adjustments, deleted elements, a plan replaced, organizations moved and an export/import;
 * and what it answers for today equals a count over the elements with today's date.
 */
class RollupTest {
    static final String YEAR = "2026-27";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    private static int n;
    TestNetwork net;
    TestPlans plans;
    Items items;
    StatusReports reports;
    Rollup rollup;
    MonitoringStore store;
    final CalendarSettings calendar = new CalendarSettings(MonthDay.of(7, 1), 5, false);

    static final CodingFramework FOUR_DOMAINS = new CodingFramework("four-domains", "Four Domains", "1", null, List.of(
            new Domain("1", "Leadership", List.of(new Practice("1A", "Prioritize"), new Practice("1B", "Monitor"))),
            new Domain("3", "Instruction", List.of(new Practice("3C", "Remove barriers"))),
            new Domain("4", "Culture", List.of(new Practice("4C", "Engage families")))));
    /** A state's own framework, its priorities mapped onto the Four Domains (P2 onto two practices, P3 onto none). */
    static final CodingFramework PRIORITIES = new CodingFramework("priorities", "Priorities", "1", null, List.of(
            new Domain("P", "Priorities", List.of(new Practice("P1", "Climate"), new Practice("P2", "Families"), new Practice("P3", "Partners")))));
    static final Crosswalk WALK = new Crosswalk("priorities", "four-domains", null, Map.of("P1", List.of("1A"), "P2", List.of("4C", "1B")));
    static final CodingFrameworks FRAMEWORKS = new CodingFrameworks() {
        @Override
        public List<CodingFramework> installed() {
            return List.of(FOUR_DOMAINS, PRIORITIES);
        }

        @Override
        public Optional<CodingFramework> active() {
            return Optional.of(FOUR_DOMAINS);
        }

        @Override
        public Optional<Crosswalk> crosswalk(String from, String to) {
            if (from.equals(WALK.from()) && to.equals(WALK.to())) return Optional.of(WALK);
            if (from.equals(WALK.to()) && to.equals(WALK.from())) return Optional.of(WALK.inverse());
            return Optional.empty();
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        setUpStore(new TestNetwork("jdbc:derby:memory:monitoring" + (++n) + ";create=true"), null);
        for (String org : List.of("s1", "s2", "s3", "lea1")) plans.changed(plan("p-" + org, org), PlanEvent.Type.CREATED);
    }

    /** A store on a fresh database, with the network of {@code copyOf} or a new one. */
    void setUpStore(TestNetwork fresh, TestNetwork copyOf) {
        net = fresh;
        if (copyOf != null) {
            net.organizations.putAll(copyOf.organizations);
        } else {
            net.org("sea", OrgType.SEA, null, null);
            net.org("lea1", OrgType.LEA, "sea", null);
            net.org("lea2", OrgType.LEA, "sea", null);
            net.org("s1", OrgType.SCHOOL, "lea1", EssaStatus.CSI);
            net.org("s2", OrgType.SCHOOL, "lea1", null);
            net.org("s3", OrgType.SCHOOL, "lea2", EssaStatus.TSI);
        }
        store = new MonitoringStore(net);
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        items = new Items(store, net);
        plans = new TestPlans(net);
        plans.listener = new PlanSync(plans, items, calendar);
        net.listeners.add(new OrgSync(items));
        reports = new StatusReports(store, calendar, clock);
        rollup = new Rollup(store, net, new Frameworks(FRAMEWORKS), calendar, clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        net.connection.close();
    }

    /** Two strategies; milestones with and without codes; actions starting and due before, on and after today. */
    static TestPlans.P plan(String id, String org) {
        TestPlans.P p = new TestPlans.P(id, org, YEAR);
        TestPlans.S s1 = new TestPlans.S(id + "-s1", List.of("1A"));
        TestPlans.M m1 = new TestPlans.M(id + "-m1", List.of(), "2026-12-31");
        m1.actions.add(new TestPlans.A(id + "-a1", List.of(), "2026-08-01", "2026-10-31"));
        m1.actions.add(new TestPlans.A(id + "-a2", List.of("1B"), "2026-11-03", "2026-11-10"));
        m1.actions.add(new TestPlans.A(id + "-a3", List.of(), "2026-11-20", "2027-01-31"));
        s1.milestones.add(m1);
        TestPlans.S s2 = new TestPlans.S(id + "-s2", List.of("3C", "4C"));
        TestPlans.M m2 = new TestPlans.M(id + "-m2", List.of("4C"), "2026-11-01");
        m2.actions.add(new TestPlans.A(id + "-a4", List.of(), null, "2027-05-31"));
        m2.actions.add(new TestPlans.A(id + "-a5", List.of("3C", "1A"), "2026-09-15", null));
        s2.milestones.add(m2);
        TestPlans.M m3 = new TestPlans.M(id + "-m3", List.of(), null);
        m3.actions.add(new TestPlans.A(id + "-a6", List.of(), "2026-11-15", "2026-11-14"));
        s2.milestones.add(m3);
        p.strategies.add(s1);
        p.strategies.add(s2);
        return p;
    }

    static ReportInput report(String element, String period, Status status) {
        return new ReportInput(element, period, status, "note", null, List.of(), BigDecimal.TEN, null);
    }

    @Test
    void keptAggregatesEqualAFullRecomputeAfterEveryKindOfChange() throws Exception {
        check();
        // reports and re-reports, one at a time and a whole plan at once
        reports.file(report("p-s1-a1", "2026-09", Status.ON_TRACK), "t");
        reports.file(report("p-s1-a1", "2026-10", Status.OFF_TRACK), "t");
        reports.file(report("p-s1-a1", "2026-10", Status.COMPLETE), "t");
        reports.file(report("p-s1-m2", "2026-10", Status.ON_TRACK), "t");
        StatusReport backfill = reports.file(report("p-s3-a5", "2026-09", Status.NOT_STARTED), "t");
        reports.file(report("p-s3-a5", "2026-11", Status.CANCELLED), "t");
        check();
        reports.fileAll("p-s2", new PlanReportInput("2026-10", List.of(report("p-s2-a1", null, Status.ON_TRACK),
                report("p-s2-a2", null, Status.OFF_TRACK), report("p-s2-m1", null, Status.COMPLETE), report("p-s2-a6", null, Status.NOT_STARTED))), "t");
        check();
        // a correction and a withdrawal
        reports.update(backfill.id(), report(null, null, Status.OFF_TRACK), 1);
        StatusReport withdrawn = reports.file(report("p-lea1-a4", "2026-10", Status.ON_TRACK), "t");
        reports.delete(withdrawn.id(), null);
        check();
        // an adjustment: new codes and dates for an action, new codes for a strategy that its children inherit
        TestPlans.P p1 = plans.plans.get("p-s1");
        p1.strategies.get(0).milestones.get(0).actions.get(0).codes = List.of("4C");
        p1.strategies.get(0).milestones.get(0).actions.get(1).due = "2026-12-15";
        p1.strategies.get(1).codes = List.of("1B");
        plans.changed(p1, PlanEvent.Type.CHANGED);
        check();
        // deleting an action and a whole milestone with its actions
        p1.strategies.get(0).milestones.get(0).actions.remove(2);
        p1.strategies.get(1).milestones.remove(0);
        plans.changed(p1, PlanEvent.Type.CHANGED);
        check();
        // a plan replaced by a new version: some elements kept, some new; and a plan deleted and started again
        TestPlans.P p2 = plans.plans.get("p-s2");
        p2.strategies.get(1).milestones.clear();
        p2.strategies.get(1).milestones.add(new TestPlans.M("p-s2-m9", List.of("1A"), "2027-02-28"));
        p2.strategies.get(1).milestones.get(0).actions.add(new TestPlans.A("p-s2-a9", List.of(), "2026-10-01", "2026-11-01"));
        plans.changed(p2, PlanEvent.Type.CHANGED);
        plans.changed(plans.plans.get("p-lea1"), PlanEvent.Type.DELETED);
        plans.changed(plan("p-lea1-b", "lea1"), PlanEvent.Type.CREATED);
        reports.file(report("p-s2-a9", "2026-10", Status.OFF_TRACK), "t");
        check();
        // a school moved to another district, an ESSA status changed, a district moved to another SEA
        Organization s2 = net.get("s2");
        net.update("s2", new Organization("s2", s2.type(), s2.name(), "lea2", null, s2.essaStatus(), null), s2.version());
        check();
        Organization s3 = net.get("s3");
        net.update("s3", new Organization("s3", s3.type(), s3.name(), s3.parentId(), null, EssaStatus.CSI, null), s3.version());
        check();
        net.org("sea2", OrgType.SEA, null, null);
        Organization lea2 = net.get("lea2");
        net.update("lea2", new Organization("lea2", lea2.type(), lea2.name(), "sea2", null, lea2.essaStatus(), null), lea2.version());
        check();
        // a school that closes leaves its district's and state's roll-up and keeps its own; opened again, it is back
        net.close("s1", true);
        check();
        assertFalse(rollupOrgs("lea1").contains("s1"), "a closed school is not among its district's schools");
        assertTrue(rollupOrgs("s1").contains("s1"), "a closed school keeps its own roll-up");
        reports.file(report("p-s1-a2", "2026-11", Status.OFF_TRACK), "t");
        check();
        net.close("s1", false);
        check();
        assertTrue(rollupOrgs("lea1").contains("s1"));
        // export, then import into an empty store after the plans (as planning's section comes first), then export again
        MonitoringSection section = new MonitoringSection(store, new Reviews(store), new MeasureResults(store), new FollowUps(store), new Supports(store), items);
        Supports supports = new Supports(store);
        Support coaching = supports.create(new Inputs.SupportInput("Coaching", "every two weeks", "lea1", null, "COACHING", List.of("3B"), 2, null, null), "sea");
        SupportAssignment asked = supports.request(new Inputs.AssignmentInput(coaching.id(), "s1", List.of("p-s1-m1"), "2026-11-01", "behind"), items.place("s1"),
                List.of("p-s1-m1", "p-s1-a1"), "t", java.time.Instant.parse("2026-10-20T10:00:00Z"));
        supports.change(asked.id(), new Inputs.AssignmentChange("ACCEPTED", "a coach", null, null, 1L), 1L);
        new Reviews(store).add(new Inputs.ReviewInput("p-s1", "QUARTERLY", "Q2", "p-s1-m1", "two actions late", "moved a due date", null), "s1",
                Map.of("actions", 2, "actionsCompletedPercent", 50), "t");
        new MeasureResults(store).record(new Inputs.ResultInput("gm-1", YEAR, new BigDecimal("71.5"), 420, null, "s1"), "GOAL", "s1", null,
                new BigDecimal("70"));
        new FollowUps(store).insert(new Adjustment("adj-1", "p-s1", "p-s1-a2", "s1", "late", "the October report", Map.of("dueDate", "2026-12-15"), 2,
                "t", "2026-11-02T10:00:00Z", false));
        new FollowUps(store).insert(new Walkthrough("w-1", "s1", "2026-10-14", List.of("p-s1-s1"), List.of("students explain the goal"), "good", "coach", 1L));
        net.transaction(c -> MonitoringStore.exec(c, "INSERT INTO monitoring_state_setting (sea_id, lag_threshold_percent, public_minimum_count, "
                + "version, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)", "sea", 25, 5, 3L, "state staff", java.time.Instant.parse("2026-09-01T08:00:00Z")));
        List<String> all = new ArrayList<>(net.organizations.keySet());
        var exported = section.export(all);
        assertEquals("[{\"seaId\":\"sea\",\"lagThresholdPercent\":25,\"publicMinimumCount\":5,\"changedBy\":\"state staff\",\"changedAt\":\"2026-09-01T08:00:00Z\"}]",
                exported.path("stateSettings").toString(), "the state's own settings travel with it");
        assertEquals("[]", section.export(List.of("lea1", "s1")).path("stateSettings").toString(), "not with a district's export");
        assertTrue(exported.path("statusReports").size() > 5);
        for (String part : List.of("reviews", "measureResults", "adjustments", "walkthroughs", "supports", "supportAssignments")) {
            assertEquals(1, exported.path(part).size(), part);
        }
        assertEquals("[\"p-s1-m1\",\"p-s1-a1\"]", exported.path("supportAssignments").get(0).path("itemIds").toString(), "the work its effect is read from");
        TestNetwork first = net;
        Map<String, Integer> keptBefore = kept();
        var plansBefore = plans.plans;
        setUpStore(new TestNetwork("jdbc:derby:memory:monitoring" + (++n) + ";create=true"), first);
        for (TestPlans.P p : plansBefore.values()) plans.changed(p, PlanEvent.Type.CREATED);
        MonitoringSection imported = new MonitoringSection(store, new Reviews(store), new MeasureResults(store), new FollowUps(store), new Supports(store), items);
        net.transaction(c -> {
            imported.load(exported);
            return null;
        });
        check();
        assertEquals(keptBefore, kept());
        assertEquals(exported, imported.export(all));
        assertThrows(org.braid.core.model.ConflictException.class, () -> imported.load(exported));
        // a state's settings out of range, or set twice, are refused naming the row's field
        var settings = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        var row = settings.putArray("stateSettings").addObject().put("seaId", "sea").put("lagThresholdPercent", 0).put("publicMinimumCount", 5)
                .put("changedBy", "state staff").put("changedAt", "2026-09-01T08:00:00Z");
        var refused = assertThrows(org.braid.core.model.ValidationException.class, () -> imported.load(settings));
        assertEquals("sections.monitoring.stateSettings[0].lagThresholdPercent", refused.violations().get(0).field());
        row.put("lagThresholdPercent", 30);
        var twice = assertThrows(org.braid.core.model.ConflictException.class, () -> imported.load(settings));
        assertEquals("sections.monitoring.stateSettings[0].seaId", twice.violations().get(0).field());
        first.connection.close();

        // emptied (as the migration that changes the rows' shape does), the roll-up is counted again at the next start
        net.transaction(c -> MonitoringStore.exec(c, "DELETE FROM monitoring_tally"));
        assertTrue(kept().isEmpty());
        new Items(store, net);
        assertEquals(keptBefore, kept());
        check();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTrendShowsWhatWasReportedForEachMonth() {
        reports.file(report("p-s1-a1", "2026-09", Status.ON_TRACK), "t");
        reports.file(report("p-s1-a1", "2026-10", Status.OFF_TRACK), "t");
        reports.file(report("p-s1-a5", "2026-10", Status.ON_TRACK), "t");
        histories.clear();
        Map<String, Object> trend = rollup.trend("s1", "practice", YEAR);
        List<Map<String, Object>> months = (List<Map<String, Object>>) trend.get("months");
        assertEquals(List.of("2026-07", "2026-08", "2026-09", "2026-10", "2026-11"), months.stream().map(m -> m.get("period")).toList());
        Map<String, Counts> october = new java.util.HashMap<>(), august = new java.util.HashMap<>();
        for (Rollup.Cell c : (List<Rollup.Cell>) months.get(3).get("cells")) october.put(c.key(), c.actions());
        for (Rollup.Cell c : (List<Rollup.Cell>) months.get(1).get("cells")) august.put(c.key(), c.actions());
        // 1A: a1 (from August) and a5 (from September, coded 3C and 1A) have started by October; both reported for it
        assertEquals(1, october.get("1A").get("OFF_TRACK"));
        assertEquals(1, october.get("1A").get("ON_TRACK"));
        assertEquals(0, october.get("1A").get(Counts.NOT_REPORTED));
        assertEquals(2, october.get("1A").get("total"));
        assertEquals(1, october.get("1A").get(Counts.OVERDUE), "a1 was due on October 31 and reported off track for October");
        assertEquals(0, august.get("1A").get(Counts.OVERDUE));
        assertEquals(1, august.get("1A").get("total"));
        assertEquals(1, august.get("1A").get(Counts.NOT_REPORTED), "a1 started in August with no report for August");

        reports.file(report("p-s1-a1", "2026-11", Status.COMPLETE), "t");
        months = (List<Map<String, Object>>) rollup.trend("s1", "practice", YEAR).get("months");
        Map<String, Counts> november = new java.util.HashMap<>();
        for (Rollup.Cell c : (List<Rollup.Cell>) months.get(4).get("cells")) november.put(c.key(), c.actions());
        for (Rollup.Cell c : (List<Rollup.Cell>) months.get(3).get("cells")) october.put(c.key(), c.actions());
        assertEquals(0, november.get("1A").get(Counts.OVERDUE), "reported complete for November");
        assertEquals(1, october.get("1A").get(Counts.OVERDUE), "October's figure stays");
        check();
    }

    @Test
    void theBatchIsAllOrNothing() {
        Map<String, Integer> before = kept();
        var e = assertThrows(org.braid.core.model.ValidationException.class, () -> reports.fileAll("p-s1", new PlanReportInput("2026-10", List.of(
                report("p-s1-a1", null, Status.ON_TRACK), report("p-s2-a1", null, Status.ON_TRACK), report("p-s1-a2", null, null))), "t"));
        assertEquals(List.of("reports[1].elementId", "reports[2].status"), e.violations().stream().map(v -> v.field()).toList());
        assertEquals(0, reports.list("p-s1", null, null, 100, 0).total());
        assertEquals(before, kept());
    }

    @Test
    void lateReportsAreMarkedAndFutureMonthsRefused() {
        assertTrue(reports.file(report("p-s1-a1", "2026-10", Status.ON_TRACK), "t").late(), "the window for October closed on November 5");
        assertFalse(reports.file(report("p-s1-a1", "2026-11", Status.ON_TRACK), "t").late());
        var e = assertThrows(org.braid.core.model.ValidationException.class, () -> reports.file(report("p-s1-a1", "2026-12", Status.ON_TRACK), "t"));
        assertEquals("period", e.violations().get(0).field());
        StatusReports refusing = new StatusReports(new MonitoringStore(net), new CalendarSettings(MonthDay.of(7, 1), 5, true),
                Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        assertThrows(org.braid.core.model.RuleViolationException.class, () -> refusing.file(report("p-s1-a1", "2026-09", Status.ON_TRACK), "t"));
    }

    /** Checks the kept rows against a recompute, and the answers for today against a count over the elements. */
    void check() {
        histories.clear();
        same(recompute(), kept(), "kept rows");
        // without a school year, the latest one with plans in the subtree
        for (String org : List.of("sea", "lea1")) assertEquals(YEAR, rollup.rollup(org, "practice", null).get("schoolYear"), org);
        for (String org : List.of("sea", "lea1", "lea2", "s1", "s2", "s3")) {
            if (!net.organizations.containsKey(org)) continue;
            for (Rollup.By by : Rollup.By.values()) {
                if (by == Rollup.By.domain) continue;
                same(count(org, by), answered(org, by), org + " by " + by);
            }
            lag(org);
            for (String status : java.util.Arrays.asList(null, "OFF_TRACK", "NOT_REPORTED", "overdue")) {
                for (String practice : java.util.Arrays.asList(null, "4C")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> page = rollup.organizations(org, practice, status, YEAR, 1000, 0);
                    List<Rollup.OrgCounts> behind = (List<Rollup.OrgCounts>) page.get("items");
                    assertEquals(behind.size(), page.get("total"));
                    if (behind.size() > 1) {
                        // pages of one follow the same order, and the total counts them all
                        Map<String, Object> second = rollup.organizations(org, practice, status, YEAR, 1, 1);
                        assertEquals(behind.get(1).orgId(), ((List<Rollup.OrgCounts>) second.get("items")).get(0).orgId());
                        assertEquals(behind.size(), second.get("total"));
                    }
                    Set<String> subtree = counted(org);
                    Set<String> expected = new java.util.TreeSet<>();
                    for (Element e : elements()) {
                        if (!subtree.contains(e.org()) || practice != null && !e.codes().contains(practice)) continue;
                        TreeMap<String, String> h = history(e.id());
                        String now = h.isEmpty() ? "NONE" : h.lastEntry().getValue();
                        boolean open = !now.equals("COMPLETE") && !now.equals("CANCELLED");
                        boolean in = status == null || status.equals(now)
                                || status.equals("NOT_REPORTED") && now.equals("NONE") && e.start().isBefore(TODAY)
                                || status.equals("overdue") && open && e.due() != null && e.due().isBefore(TODAY);
                        if (in) expected.add(e.org());
                    }
                    Set<String> found = new java.util.TreeSet<>();
                    for (Rollup.OrgCounts oc : behind) found.add(oc.orgId());
                    assertEquals(expected, found, org + " drill-down " + practice + " " + status);
                }
            }
        }
    }

    /**
     * Matching's lag: per practice, the actions off track, overdue or not reported, each counted once, from the
     * roll-up's off track and not reported and the actions overdue that are neither ({@link Rollup#overdueOnly}).
     */
    private void lag(String org) {
        Set<String> subtree = counted(org);
        Map<String, Integer> union = new TreeMap<>();
        Map<String, Map<String, Integer>> overdueOnly = new TreeMap<>();
        for (Element e : elements()) {
            if (!subtree.contains(e.org()) || e.kind() != 'A') continue;
            TreeMap<String, String> h = history(e.id());
            String now = h.isEmpty() ? "NONE" : h.lastEntry().getValue();
            boolean offTrack = now.equals("OFF_TRACK"), notReported = now.equals("NONE") && e.start().isBefore(TODAY);
            boolean overdue = !now.equals("COMPLETE") && !now.equals("CANCELLED") && e.due() != null && e.due().isBefore(TODAY);
            for (String code : e.codes()) {
                if (offTrack || notReported || overdue) union.merge(code, 1, Integer::sum);
                if (overdue && !offTrack && !notReported) overdueOnly.computeIfAbsent(code, k -> new TreeMap<>()).merge(e.org(), 1, Integer::sum);
            }
        }
        Map<String, Map<String, Integer>> read = rollup.overdueOnly(org, YEAR);
        assertEquals(overdueOnly, read, org + ": overdue, neither off track nor not reported");
        Map<String, Integer> behind = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Rollup.Cell> cells = (List<Rollup.Cell>) rollup.rollup(org, "practice", YEAR).get("cells");
        for (Rollup.Cell c : cells) {
            int n = SupportMatches.behind(c.actions(), read.getOrDefault(c.key(), Map.of()).values().stream().mapToInt(Integer::intValue).sum());
            if (n != 0) behind.put(c.key(), n);
        }
        same(union, behind, org + " lag");
    }

    /** Fails naming only the entries that differ. */
    static void same(Map<String, Integer> expected, Map<String, Integer> actual, String what) {
        Map<String, String> diff = new TreeMap<>();
        Set<String> keys = new HashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(expected.get(k), actual.get(k))) diff.put(k, expected.get(k) + " expected, " + actual.get(k) + " found");
        }
        assertTrue(diff.isEmpty(), what + ": " + diff);
    }

    private Map<String, Integer> kept() {
        return net.transaction(c -> {
            Map<String, Integer> out = new TreeMap<>();
            for (Object[] r : MonitoringStore.query(c, "SELECT lvl, scope_id, school_year, kind, code, essa, measure, bucket, district_id, sea_id, n "
                    + "FROM monitoring_tally WHERE n <> 0", rs -> new Object[] {rs.getString(1) + "|" + rs.getString(2).strip() + "|" + rs.getString(3)
                    + "|" + rs.getString(4) + "|" + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getString(7) + "|" + rs.getString(8) + "|"
                    + (rs.getString(9) == null ? "" : rs.getString(9).strip()) + "|" + rs.getString(10).strip(), rs.getInt(11)})) {
                out.put((String) r[0], (Integer) r[1]);
            }
            return out;
        });
    }

    /** An element as the recompute sees it, from the plans and the network alone. */
    record Element(String id, char kind, String org, String district, String sea, String essa, List<String> codes, LocalDate start, LocalDate due) {}

    private List<Element> elements() {
        List<Element> out = new ArrayList<>();
        for (TestPlans.P p : plans.plans.values()) {
            Organization o = net.get(p.orgId);
            // a closed organization stands on its own
            Organization district = o.type() == OrgType.SCHOOL && !net.closed(o.id()) ? net.get(o.parentId()) : o;
            String sea = district.type() == OrgType.LEA && !net.closed(o.id()) ? district.parentId() : district.id();
            for (TestPlans.S s : p.strategies) {
                for (TestPlans.M m : s.milestones) {
                    List<String> mc = m.codes.isEmpty() ? s.codes : m.codes;
                    out.add(new Element(m.id, 'M', o.id(), district.id(), sea, o.essaStatus().name(), mc, LocalDate.of(2026, 7, 1),
                            m.due == null ? null : LocalDate.parse(m.due)));
                    for (TestPlans.A a : m.actions) {
                        out.add(new Element(a.id, 'A', o.id(), district.id(), sea, o.essaStatus().name(), a.codes.isEmpty() ? mc : a.codes,
                                a.start == null ? LocalDate.of(2026, 7, 1) : LocalDate.parse(a.start), a.due == null ? null : LocalDate.parse(a.due)));
                    }
                }
            }
        }
        return out;
    }

    /** @return the organizations whose work an organization's roll-up counts: itself and those open under it */
    private Set<String> counted(String org) {
        Set<String> out = new HashSet<>();
        for (Organization o : net.subtree(org)) if (o.id().equals(org) || !net.closed(o.id())) out.add(o.id());
        return out;
    }

    /** The status reported for each period, from the raw reports: the last filed for the period wins. */
    private final Map<String, TreeMap<String, String>> histories = new java.util.HashMap<>();

    private TreeMap<String, String> history(String element) {
        return histories.computeIfAbsent(element, this::readHistory);
    }

    private TreeMap<String, String> readHistory(String element) {
        return net.transaction(c -> {
            TreeMap<String, String> h = new TreeMap<>();
            for (String[] r : MonitoringStore.query(c, "SELECT period, status FROM monitoring_report WHERE element_id = ? ORDER BY reported_at, seq",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, element)) h.put(r[0], r[1]);
            return h;
        });
    }

    private Map<String, Integer> recompute() {
        Map<String, Integer> out = new TreeMap<>();
        Map<String, Set<String>> orgsWith = new TreeMap<>();
        for (Element e : elements()) {
            TreeMap<String, String> h = history(e.id());
            String status = h.isEmpty() ? "NONE" : h.lastEntry().getValue();
            List<String> codes = new ArrayList<>(e.codes());
            codes.add("*");
            String stripe = e.sea() + "#" + Math.floorMod(e.district().hashCode(), 16);
            for (String[] level : List.of(new String[] {"O", e.org(), e.district()}, new String[] {"D", e.district(), e.district()},
                    new String[] {"S", stripe, ""})) {
                for (String code : codes) {
                    String essa = code.equals("*") ? e.essa() : "*";
                    String head = level[0] + "|" + level[1] + "|" + YEAR + "|" + e.kind() + "|" + code + "|" + essa + "|";
                    String tail = "|" + level[2] + "|" + e.sea();
                    out.merge(head + "S|" + status + tail, 1, Integer::sum);
                    if (status.equals("NONE")) out.merge(head + "U|" + e.start().toString().substring(0, 7) + tail, 1, Integer::sum);
                    if (!status.equals("COMPLETE") && !status.equals("CANCELLED") && e.due() != null) {
                        out.merge(head + "O|" + e.due().toString().substring(0, 7) + tail, 1, Integer::sum);
                    }
                    out.merge(head + "B|" + e.start().toString().substring(0, 7) + tail, 1, Integer::sum);
                    for (var r : h.entrySet()) out.merge(head + "P|" + r.getKey() + ":" + r.getValue() + tail, 1, Integer::sum);
                    if (e.due() != null) {
                        String dueMonth = e.due().toString().substring(0, 7);
                        out.merge(head + "E|" + dueMonth + tail, 1, Integer::sum);
                        for (var r : h.entrySet()) {
                            if (r.getValue().equals("COMPLETE") || r.getValue().equals("CANCELLED")) out.merge(head + "C|" + r.getKey() + ":" + dueMonth + tail, 1, Integer::sum);
                        }
                    }
                    if (level[0].equals("O")) {
                        out.merge("O|" + e.org() + "|" + YEAR + "|*|" + code + "|" + essa + "|T|" + e.sea() + "/" + e.district() + tail, 1, Integer::sum);
                    } else {
                        orgsWith.computeIfAbsent(level[0] + "|" + level[1] + "|" + YEAR + "|*|" + code + "|" + essa + "|G|" + tail,
                                k -> new HashSet<>()).add(e.org());
                    }
                }
            }
        }
        orgsWith.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    @Test
    void planCodedInAnotherFrameworkCountsThroughItsCrosswalk() {
        TestPlans.P p = plans.plans.get("p-s3");
        p.strategies.get(0).codes = List.of("P1");
        p.strategies.get(1).codes = List.of("P2");
        p.strategies.get(1).milestones.get(0).codes = List.of("P2");
        p.strategies.get(1).milestones.get(0).actions.get(1).codes = List.of("P3");
        plans.changed(p, PlanEvent.Type.CHANGED);
        // in the Four Domains: P1 counts as 1A, P2 as 4C and 1B; P3, mapped to nothing, keeps a cell of its own
        assertEquals(Map.of("1A", 2, "1B", 3, "4C", 2, "P3", 1), totals("s3", "four-domains", 'A'));
        assertEquals(Map.of("1A", 1, "1B", 2, "4C", 2), totals("s3", "four-domains", 'M'));
        // in the state's framework, read the other way: 1B counts as P2
        assertEquals(Map.of("P1", 2, "P2", 3, "P3", 1), totals("s3", "priorities", 'A'));
        assertEquals(Map.of("P1", 1, "P2", 2), totals("s3", "priorities", 'M'));
        // the drill-down finds the school behind a practice through the crosswalk too
        @SuppressWarnings("unchecked")
        List<Rollup.OrgCounts> behind = (List<Rollup.OrgCounts>) rollup.organizations("lea2", "4C", null, YEAR, 10, 0, "four-domains").get("items");
        assertEquals(List.of("s3"), behind.stream().map(Rollup.OrgCounts::orgId).toList());
        assertEquals(2, behind.get(0).actions().get("total"));
        assertThrows(org.braid.core.model.NotFoundException.class, () -> rollup.rollup("s3", "practice", YEAR, "no-such-framework"));
    }

    /** @return the roll-up's non-empty totals of one kind of element, by cell key, in a framework */
    private Map<String, Integer> totals(String org, String framework, char kind) {
        Map<String, Integer> out = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Rollup.Cell> cells = (List<Rollup.Cell>) rollup.rollup(org, "practice", YEAR, framework).get("cells");
        for (Rollup.Cell cell : cells) {
            int n = (kind == 'A' ? cell.actions() : cell.milestones()).get("total");
            if (n != 0) out.put(cell.key(), n);
        }
        return out;
    }

    /** The roll-up's cells as answered, without the empty ones, as "key kind name" -> count. */
    private Map<String, Integer> answered(String org, Rollup.By by) {
        Map<String, Integer> out = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Rollup.Cell> cells = (List<Rollup.Cell>) rollup.rollup(org, by.name(), YEAR).get("cells");
        for (Rollup.Cell cell : cells) {
            for (var e : cell.actions().values().entrySet()) if (e.getValue() != 0) out.put(cell.key() + " A " + e.getKey(), e.getValue());
            for (var e : cell.milestones().values().entrySet()) if (e.getValue() != 0) out.put(cell.key() + " M " + e.getKey(), e.getValue());
            if (cell.organizations() != 0) out.put(cell.key() + " organizations", cell.organizations());
        }
        return out;
    }

    /** @return the organizations a roll-up by organization lists */
    @SuppressWarnings("unchecked")
    private Set<String> rollupOrgs(String org) {
        Set<String> out = new java.util.TreeSet<>();
        for (Rollup.Cell c : (List<Rollup.Cell>) rollup.rollup(org, "org", YEAR).get("cells")) out.add(c.key());
        return out;
    }

    /** The same, counted over the elements with today's date. */
    private Map<String, Integer> count(String org, Rollup.By by) {
        Set<String> subtree = counted(org);
        Organization scope = net.get(org);
        Map<String, Integer> out = new TreeMap<>();
        Map<String, Set<String>> orgs = new TreeMap<>();
        for (Element e : elements()) {
            if (!subtree.contains(e.org())) continue;
            TreeMap<String, String> h = history(e.id());
            String status = h.isEmpty() ? "NONE" : h.lastEntry().getValue();
            List<String> keys = switch (by) {
                case practice, domain -> e.codes();
                case essaStatus -> List.of(e.essa());
                case org -> List.of(scope.type() == OrgType.SCHOOL ? e.org() : scope.type() == OrgType.LEA ? e.org() : e.district());
            };
            for (String key : keys) {
                String k = key + " " + e.kind() + " ";
                out.merge(k + "total", 1, Integer::sum);
                if (!status.equals("NONE")) out.merge(k + status, 1, Integer::sum);
                if (status.equals("NONE") && e.start().isBefore(TODAY)) out.merge(k + "NOT_REPORTED", 1, Integer::sum);
                if (!status.equals("COMPLETE") && !status.equals("CANCELLED") && e.due() != null && e.due().isBefore(TODAY)) {
                    out.merge(k + "overdue", 1, Integer::sum);
                }
                orgs.computeIfAbsent(key + " organizations", x -> new HashSet<>()).add(e.org());
            }
        }
        orgs.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }
}
