package org.braid.itests;

import static org.junit.Assert.*;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.*;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The monitoring module over HTTP: a month of reports in the roll-ups of school, district and state at once, the
 * drill-down, the all-or-nothing plan report, scope, adjustments as plan versions, and the module off and on.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MonitoringIT extends BraidTestSupport {
    static final int PORT = 18581;

    public MonitoringIT() {
        super(PORT);
    }

    /** @return a client signed in as the user, once planning and monitoring answer */
    Http ready(String user) throws InterruptedException {
        Http http = signedIn(user);
        assertEquals(200, http.await("/planning/template", x -> x.status() == 200, Duration.ofSeconds(60)).status());
        // each of the module's resources is its own component and comes up on its own: wait for every one the tests use
        for (String path : List.of("/monitoring/calendar", "/monitoring/rollup", "/monitoring/status-reports", "/monitoring/adjustments",
                "/monitoring/walkthroughs")) {
            Http.Reply r = http.await(path, x -> !routeMissing(x), Duration.ofSeconds(60));
            assertFalse(path + " " + r.body(), routeMissing(r));
        }
        return http;
    }

    /** A plan in the given year with one strategy coded to the practice, one milestone and two actions; returns its ids. */
    static Map<String, String> plan(Http school, String orgId, String year, String practice) {
        String planId = PlanningIT.newPlan(school, orgId, year);
        String area = school.post("/planning/plans/" + planId + "/priority-areas", Http.obj("title", "Monitoring test")).text("id");
        int first = Integer.parseInt(year.substring(0, 4));
        String next = (first + 1) + "-" + String.format("%02d", (first + 2) % 100);
        Http.Reply s = PlanningIT.strategy(school, area, "teachers use data each week", List.of(practice), null, year, next);
        assertEquals(s.body().toString(), 201, s.status());
        String milestone = school.post("/planning/strategies/" + s.text("id") + "/milestones", Http.obj("description", "Data teams meet weekly",
                "dueDate", first + 1 + "-05-31")).text("id");
        String a1 = school.post("/planning/milestones/" + milestone + "/actions", Http.obj("description", "Schedule data team meetings",
                "owner", "Principal", "startDate", first + "-08-01", "dueDate", first + 1 + "-05-31")).text("id");
        String a2 = school.post("/planning/milestones/" + milestone + "/actions", Http.obj("description", "Train team leads",
                "owner", "Coach", "startDate", first + "-08-01", "dueDate", first + 1 + "-05-31")).text("id");
        return Map.of("plan", planId, "strategy", s.text("id"), "milestone", milestone, "a1", a1, "a2", a2);
    }

    static JsonNode cell(Http http, String orgId, String practice, String year) {
        Http.Reply r = http.get("/monitoring/rollup?orgId=" + orgId + "&by=practice&schoolYear=" + year);
        assertEquals(r.body().toString(), 200, r.status());
        for (JsonNode c : r.body().path("cells")) if (c.path("key").asText().equals(practice)) return c.path("actions");
        throw new AssertionError("no cell " + practice + " in " + r.body());
    }

    @Test
    public void aMonthOfReportsChangesTheSchoolDistrictAndStateRollupsAtOnce() throws Exception {
        Http admin = ready("admin");
        Http school = anonymous.as("school-a");
        String schoolA = admin.orgId("School A"), district = admin.orgId("District A");
        String sea = admin.orgId("Demo State Department of Education");
        Map<String, String> p = plan(school, schoolA, "2026-27", "2B");
        List<JsonNode> before = new ArrayList<>();
        for (String org : List.of(schoolA, district, sea)) before.add(cell(admin, org, "2B", "2026-27"));
        Http.Reply filed = school.post("/monitoring/plans/" + p.get("plan") + "/status-reports", Http.obj("period", "2026-10", "reports", List.of(
                Http.obj("elementId", p.get("a1"), "status", "ON_TRACK", "note", "Meetings on the calendar", "outputsCompleted", List.of("Calendar"),
                        "spent", 120.5),
                Http.obj("elementId", p.get("a2"), "status", "OFF_TRACK", "note", "Trainer left"),
                Http.obj("elementId", p.get("milestone"), "status", "ON_TRACK"))));
        assertEquals(filed.body().toString(), 201, filed.status());
        assertEquals(3, filed.body().path("total").asInt());
        int i = 0;
        for (String org : List.of(schoolA, district, sea)) {
            JsonNode was = before.get(i++), now = cell(admin, org, "2B", "2026-27");
            assertEquals(org, was.path("ON_TRACK").asInt() + 1, now.path("ON_TRACK").asInt());
            assertEquals(org, was.path("OFF_TRACK").asInt() + 1, now.path("OFF_TRACK").asInt());
            assertEquals(org, was.path("NOT_REPORTED").asInt() - 2, now.path("NOT_REPORTED").asInt());
            assertEquals(org, was.path("total").asInt(), now.path("total").asInt());
        }
        // the district sees School A by organization and by ESSA status; the trend shows October
        JsonNode byOrg = admin.get("/monitoring/rollup?orgId=" + district + "&by=org&schoolYear=2026-27").body();
        boolean found = false;
        for (JsonNode c : byOrg.path("cells")) found |= c.path("key").asText().equals(schoolA) && c.path("actions").path("OFF_TRACK").asInt() >= 1;
        assertTrue(byOrg.toString(), found);
        JsonNode trend = admin.get("/monitoring/rollup/trend?orgId=" + schoolA + "&by=practice&schoolYear=2026-27").body();
        for (JsonNode m : trend.path("months")) {
            if (!m.path("period").asText().equals("2026-10")) continue;
            for (JsonNode c : m.path("cells")) if (c.path("key").asText().equals("2B")) assertEquals(1, c.path("actions").path("OFF_TRACK").asInt());
        }
        // a report is late after its window and shows in the plan's progress and report form
        assertTrue(filed.body().path("reports").get(0).path("late").asBoolean());
        JsonNode progress = school.get("/monitoring/plans/" + p.get("plan") + "/progress").body();
        JsonNode milestone = null;
        for (JsonNode area : progress.path("priorityAreas")) {
            for (JsonNode st : area.path("strategies")) if (st.path("id").asText().equals(p.get("strategy"))) milestone = st.path("milestones").get(0);
        }
        assertNotNull(progress.toString(), milestone);
        assertEquals(progress.toString(), 50, milestone.path("figures").path("actionsBehindSchedulePercent").asInt());
        JsonNode form = school.get("/monitoring/plans/" + p.get("plan") + "/report-form?period=2026-10").body();
        assertEquals(3, form.path("items").size());
        assertEquals("OFF_TRACK", form.path("items").get(2).path("report").path("status").asText());
        // a correction needs the version it corrects
        String reportId = filed.body().path("reports").get(1).path("id").asText();
        assertEquals(428, school.put("/monitoring/status-reports/" + reportId, Http.obj("status", "ON_TRACK"), null).status());
        String etag = school.get("/monitoring/status-reports/" + reportId).etag();
        assertEquals(412, school.put("/monitoring/status-reports/" + reportId, Http.obj("status", "ON_TRACK", "version", 7), null).status());
        Http.Reply fixed = school.put("/monitoring/status-reports/" + reportId, Http.obj("status", "ON_TRACK"), etag);
        assertEquals(fixed.body().toString(), 200, fixed.status());
        assertEquals(before.get(2).path("OFF_TRACK").asInt(), cell(admin, sea, "2B", "2026-27").path("OFF_TRACK").asInt());
    }

    @Test
    public void aClosedSchoolLeavesItsDistrictsRollupAndKeepsItsOwn() throws Exception {
        Http admin = ready("admin");
        String district = admin.orgId("District A"), sea = admin.orgId("Demo State Department of Education");
        Http.Reply made = admin.post("/orgs", Http.obj("type", "SCHOOL", "name", "School That Closes", "parentId", district));
        assertEquals(made.body().toString(), 201, made.status());
        String school = made.text("id");
        List<JsonNode> before = new ArrayList<>();
        for (String org : List.of(district, sea)) before.add(cell(admin, org, "4A", "2029-30"));
        plan(admin, school, "2029-30", "4A");
        for (int i = 0; i < 2; i++) {
            assertEquals(before.get(i).path("total").asInt() + 2, cell(admin, List.of(district, sea).get(i), "4A", "2029-30").path("total").asInt());
        }
        assertEquals(200, admin.put("/orgs/" + school + "/closure", Http.obj("closed", true), null).status());
        for (int i = 0; i < 2; i++) {
            assertEquals("closed: its actions leave the roll-up above it", before.get(i).path("total").asInt(),
                    cell(admin, List.of(district, sea).get(i), "4A", "2029-30").path("total").asInt());
        }
        JsonNode byOrg = admin.get("/monitoring/rollup?orgId=" + district + "&by=org&schoolYear=2029-30").body();
        for (JsonNode c : byOrg.path("cells")) assertNotEquals(byOrg.toString(), school, c.path("key").asText());
        assertEquals("its own roll-up keeps its work", 2, cell(admin, school, "4A", "2029-30").path("total").asInt());
        assertEquals(200, admin.put("/orgs/" + school + "/closure", Http.obj("closed", false), null).status());
        assertEquals("opened again, it counts again", before.get(0).path("total").asInt() + 2,
                cell(admin, district, "4A", "2029-30").path("total").asInt());
    }

    /**
     * Reports on one action at the same moment take turns: each starts from the history the one before left, so the
     * action counts once, in the status of its latest report, however the requests interleave.
     */
    @Test
    public void reportsFiledAtOnceOnOneActionCountItOnce() throws Exception {
        Http admin = ready("admin");
        Http school = anonymous.as("school-a");
        String schoolA = admin.orgId("School A");
        String sea = admin.orgId("Demo State Department of Education");
        Map<String, String> p = plan(school, schoolA, "2022-23", "4B");
        JsonNode atSchool = cell(admin, schoolA, "4B", "2022-23"), atSea = cell(admin, sea, "4B", "2022-23");
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            String element = p.get(i < 6 ? "a1" : "a2");
            int thread = i;
            threads.add(new Thread(() -> {
                for (int j = 0; j < 20; j++) {
                    String status = (thread + j) % 2 == 0 ? "ON_TRACK" : "OFF_TRACK";
                    statuses.add(school.post("/monitoring/status-reports", Http.obj("elementId", element, "period", "2022-10", "status", status)).status());
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join(120_000);
        assertEquals(java.util.Collections.nCopies(160, 201), statuses);
        for (String[] at : new String[][] {{schoolA, "school"}, {sea, "state"}}) {
            JsonNode was = at[0].equals(sea) ? atSea : atSchool, now = cell(admin, at[0], "4B", "2022-23");
            String says = at[1] + " before " + was + " after " + now;
            assertEquals(says, was.path("total").asInt(), now.path("total").asInt());
            assertEquals(says, was.path("NOT_REPORTED").asInt() - 2, now.path("NOT_REPORTED").asInt());
            assertEquals(says, was.path("ON_TRACK").asInt() + was.path("OFF_TRACK").asInt() + 2, now.path("ON_TRACK").asInt() + now.path("OFF_TRACK").asInt());
        }
        // the action's status is its latest report's
        JsonNode latest = school.get("/monitoring/status-reports?elementId=" + p.get("a1") + "&limit=1").body().path("items").get(0);
        JsonNode form = school.get("/monitoring/plans/" + p.get("plan") + "/report-form?period=2022-10").body();
        for (JsonNode item : form.path("items")) {
            if (item.path("elementId").asText().equals(p.get("a1"))) assertEquals(latest.toString(), latest.path("status").asText(), item.path("status").asText());
        }
    }

    @Test
    public void theDrillDownListsExactlyTheOrganizationsBehindACell() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A"), district = admin.orgId("District A");
        String sea = admin.orgId("Demo State Department of Education");
        Map<String, String> p = plan(anonymous.as("school-a"), schoolA, "2027-28", "1C");
        Http school = anonymous.as("school-a");
        JsonNode none = admin.get("/monitoring/rollup/organizations?orgId=" + sea + "&practice=1C&status=COMPLETE&schoolYear=2027-28").body();
        assertEquals(none.toString(), 0, none.path("total").asInt());
        // 2027-28 has not begun, so nothing can be reported for it yet
        Http.Reply early = school.post("/monitoring/status-reports", Http.obj("elementId", p.get("a1"), "period", "2027-10", "status", "COMPLETE"));
        assertEquals(400, early.status());
        assertEquals("period", early.body().path("details").get(0).path("field").asText());
        for (String org : List.of(sea, district)) {
            JsonNode all = admin.get("/monitoring/rollup/organizations?orgId=" + org + "&practice=1C&schoolYear=2027-28").body();
            assertEquals(all.toString(), 1, all.path("total").asInt());
            assertEquals(schoolA, all.path("items").get(0).path("orgId").asText());
            assertEquals("School A", all.path("items").get(0).path("name").asText());
            assertEquals(2, all.path("items").get(0).path("actions").path("total").asInt());
        }
        assertEquals(400, admin.get("/monitoring/rollup/organizations?orgId=" + sea + "&status=LATE").status());
        assertEquals(400, admin.get("/monitoring/rollup?orgId=" + sea + "&by=color").status());
        // the drill-down pages: a page of one says how many there are, and the next page goes on from it
        JsonNode first = admin.get("/monitoring/rollup/organizations?orgId=" + sea + "&schoolYear=2025-26&limit=1").body();
        JsonNode second = admin.get("/monitoring/rollup/organizations?orgId=" + sea + "&schoolYear=2025-26&limit=1&offset=1").body();
        assertEquals(1, first.path("items").size());
        assertTrue(first.toString(), first.path("total").asInt() > 1);
        assertEquals(first.path("total"), second.path("total"));
        assertNotEquals(first.path("items").get(0).path("orgId"), second.path("items").get(0).path("orgId"));
        Http.Reply tooMany = admin.get("/monitoring/rollup/organizations?orgId=" + sea + "&limit=5000");
        assertEquals(400, tooMany.status());
        assertEquals("limit", tooMany.body().path("details").get(0).path("field").asText());
    }

    @Test
    public void aWholePlanReportIsAllOrNothing() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A");
        Http school = anonymous.as("school-a");
        Map<String, String> p = plan(school, schoolA, "2024-25", "3A");
        Http.Reply bad = school.post("/monitoring/plans/" + p.get("plan") + "/status-reports", Http.obj("period", "2024-11", "reports", List.of(
                Http.obj("elementId", p.get("a1"), "status", "COMPLETE"),
                Http.obj("elementId", "00000000-0000-0000-0000-000000000000", "status", "ON_TRACK"),
                Http.obj("elementId", p.get("a2"), "status", "ON_TRACK", "spent", -3))));
        assertEquals(bad.body().toString(), 400, bad.status());
        List<String> fields = new ArrayList<>();
        for (JsonNode d : bad.body().path("details")) fields.add(d.path("field").asText());
        assertEquals(List.of("reports[1].elementId", "reports[2].spent"), fields);
        assertEquals(0, school.get("/monitoring/status-reports?planId=" + p.get("plan")).body().path("total").asInt());
        assertEquals(400, school.post("/monitoring/plans/" + p.get("plan") + "/status-reports", Http.obj("period", "2024-11",
                "reports", List.of(Http.obj("elementId", p.get("a1"), "status", "DONE")))).status());
        assertEquals(201, school.post("/monitoring/plans/" + p.get("plan") + "/status-reports", Http.obj("period", "2024-11", "reports", List.of(
                Http.obj("elementId", p.get("a1"), "status", "COMPLETE"), Http.obj("elementId", p.get("a2"), "status", "ON_TRACK")))).status());
        assertEquals(2, school.get("/monitoring/status-reports?planId=" + p.get("plan")).body().path("total").asInt());
    }

    @Test
    public void aSchoolLeaderReportsForTheirOwnSchoolOnly() throws Exception {
        Http admin = ready("admin");
        String schoolB = admin.orgId("School B");
        JsonNode plans = admin.await("/planning/plans?orgId=" + schoolB, r -> r.status() == 200 && r.body().path("total").asInt() > 0,
                Duration.ofSeconds(60)).body().path("items");
        String planB = plans.get(0).path("id").asText();
        JsonNode tree = admin.get("/planning/plans/" + planB).body();
        String action = tree.path("priorityAreas").get(0).path("strategies").get(0).path("milestones").get(0).path("actions").get(0).path("id").asText();
        Object report = Http.obj("elementId", action, "period", "2025-10", "status", "ON_TRACK");
        assertEquals(404, anonymous.as("school-a").post("/monitoring/status-reports", report).status());
        assertEquals(404, anonymous.as("school-a").post("/monitoring/plans/" + planB + "/status-reports", Http.obj("period", "2025-10",
                "reports", List.of(report))).status());
        assertEquals(404, anonymous.as("school-a").get("/monitoring/status-reports?planId=" + planB).status());
        assertEquals(404, anonymous.as("school-a").get("/monitoring/rollup?orgId=" + schoolB).status());
        // the district and the school's coach read, and do not report
        assertEquals(403, anonymous.as("district-a").post("/monitoring/status-reports", report).status());
        assertEquals(200, anonymous.as("district-a").get("/monitoring/status-reports?planId=" + planB).status());
        assertEquals(403, anonymous.as("coach").post("/monitoring/status-reports", report).status());
        assertEquals(200, anonymous.as("coach").get("/monitoring/rollup?orgId=" + schoolB).status());
        Http.Reply walk = anonymous.as("coach").post("/monitoring/walkthroughs", Http.obj("orgId", schoolB, "date", "2026-03-10",
                "strategyIds", List.of(tree.path("priorityAreas").get(0).path("strategies").get(0).path("id").asText()),
                "lookFors", List.of("Students name their learning goal"), "notes", "Portfolios in grade 3"));
        assertEquals(walk.body().toString(), 201, walk.status());
    }

    @Test
    public void anAdjustmentMakesANewPlanVersionAndKeepsTheOld() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A"), district = admin.orgId("District A");
        Http school = anonymous.as("school-a");
        Map<String, String> p = plan(school, schoolA, "2028-29", "4A");
        assertEquals(201, school.post("/planning/plans/" + p.get("plan") + "/submit", Http.obj()).status());
        Http.Reply bad = school.post("/monitoring/adjustments", Http.obj("planId", p.get("plan"), "elementId", p.get("a2"), "change",
                Map.of("dueDate", "2029-04-30")));
        assertEquals(400, bad.status());
        assertEquals("cause", bad.body().path("details").get(0).path("field").asText());
        Http.Reply made = school.post("/monitoring/adjustments", Http.obj("planId", p.get("plan"), "elementId", p.get("a2"),
                "cause", "Training fell behind: the trainer left in October", "evidence", "October status reports", "change",
                Map.of("dueDate", "2029-04-30")));
        assertEquals(made.body().toString(), 201, made.status());
        assertEquals(2, made.body().path("version").asInt());
        JsonNode versions = admin.get("/planning/plans/" + p.get("plan") + "/versions").body().path("items");
        assertEquals(2, versions.size());
        assertEquals("Training fell behind: the trainer left in October", versions.get(1).path("reason").asText());
        assertTrue(admin.get("/planning/plans/" + p.get("plan") + "/versions/1").body().toString().contains("2029-05-31"));
        assertTrue(admin.get("/planning/plans/" + p.get("plan") + "/versions/2").body().toString().contains("2029-04-30"));
        boolean listed = false;
        for (JsonNode a : admin.get("/monitoring/adjustments?orgId=" + district).body().path("items")) listed |= a.path("planId").asText().equals(p.get("plan"));
        assertTrue("the district sees its school's adjustment", listed);
    }

    @Test
    public void monitoringOffLeavesPlanningWorkingAndOnBringsEverythingBack() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A");
        Http school = anonymous.as("school-a");
        Map<String, String> p = plan(school, schoolA, "2029-30", "2A");
        assertEquals(2, cell(admin, schoolA, "2A", "2029-30").path("total").asInt());
        assertEquals(200, admin.put("/admin/modules/monitoring", Http.obj("enabled", false), null).status());
        assertEquals(404, admin.await("/monitoring/rollup?orgId=" + schoolA, r -> r.status() == 404, Duration.ofSeconds(10)).status());
        // planning keeps working, and monitoring learns of the change when it is back
        assertEquals(201, school.post("/planning/milestones/" + p.get("milestone") + "/actions", Http.obj("description", "Share results with families",
                "owner", "Principal", "startDate", "2029-09-01")).status());
        assertEquals(200, admin.get("/planning/plans/" + p.get("plan")).status());
        assertEquals(200, admin.put("/admin/modules/monitoring", Http.obj("enabled", true), null).status());
        Http.Reply back = admin.await("/monitoring/rollup?orgId=" + schoolA + "&by=practice&schoolYear=2029-30", r -> r.status() == 200
                && r.body().toString().contains("\"key\":\"2A\"") && cellTotal(r.body(), "2A") == 3, Duration.ofSeconds(30));
        assertEquals(back.body().toString(), 3, cellTotal(back.body(), "2A"));
        // planning off: monitoring answers what needs plans with a clear 422, and the roll-up keeps serving
        assertEquals(200, admin.put("/admin/modules/planning", Http.obj("enabled", false), null).status());
        try {
            Http.Reply off = admin.await("/monitoring/plans/" + p.get("plan") + "/progress", r -> r.status() == 422, Duration.ofSeconds(10));
            assertEquals(off.body().toString(), 422, off.status());
            assertEquals("planning", off.body().path("details").get(0).path("field").asText());
            assertEquals(200, admin.get("/monitoring/rollup?orgId=" + schoolA).status());
            assertEquals(200, school.get("/monitoring/status-reports?planId=" + p.get("plan")).status());
        } finally {
            assertEquals(200, admin.put("/admin/modules/planning", Http.obj("enabled", true), null).status());
        }
        assertEquals(200, admin.await("/monitoring/plans/" + p.get("plan") + "/progress", r -> r.status() == 200, Duration.ofSeconds(30)).status());
    }

    /**
     * Responsive supports: School A lags on 3B; the district's support coded 3B is matched with it (the state's support
     * for 1A is not); the school asks for it, the district accepts it, and the reports after its start show on the
     * support as work back on track.
     */
    @Test
    public void aLaggingPracticeIsMatchedWithASupportAndItsEffectShows() throws Exception {
        Http admin = ready("admin");
        Http school = anonymous.as("school-a"), district = anonymous.as("district-a"), state = anonymous.as("sea");
        String schoolA = admin.orgId("School A"), districtA = admin.orgId("District A"), sea = admin.orgId("Demo State Department of Education");
        String schoolB = admin.orgId("School B");
        Map<String, String> p = plan(school, schoolA, "2023-24", "3B");
        List<String> elements = List.of(p.get("a1"), p.get("a2"), p.get("milestone"));
        for (String month : List.of("2023-10", "2023-11", "2023-12")) fileAll(school, p.get("plan"), month, elements, "OFF_TRACK");

        Http.Reply coaching = district.post("/monitoring/supports", Http.obj("title", "Data team coaching", "providerOrgId", districtA, "format", "COACHING",
                "practiceCodes", List.of("3b"), "capacity", 2, "contact", "coaching@district-a.example"));
        assertEquals(coaching.body().toString(), 201, coaching.status());
        assertEquals("codes are kept upper case", "[\"3B\"]", coaching.body().path("practiceCodes").toString());
        Http.Reply network = state.post("/monitoring/supports", Http.obj("title", "Leadership network", "providerOrgId", sea, "format", "NETWORK",
                "practiceCodes", List.of("1A")));
        assertEquals(201, network.status());
        Http.Reply bad = district.post("/monitoring/supports", Http.obj("title", "x", "providerOrgId", districtA, "format", "LECTURE", "practiceCodes", List.of("9Z")));
        assertEquals(400, bad.status());
        assertTrue(bad.body().toString(), bad.body().toString().contains("\"format\"") && bad.body().toString().contains("practiceCodes[0]"));
        // without orgId: the catalog the caller sees (the supports of its state), a page at a time
        JsonNode catalog = school.get("/monitoring/supports?limit=1000").body();
        List<String> inCatalog = catalog.path("items").findValuesAsText("id");
        assertTrue(catalog.toString(), inCatalog.contains(coaching.text("id")) && inCatalog.contains(network.text("id")));
        assertEquals(catalog.toString(), inCatalog.size(), catalog.path("total").asInt());
        JsonNode first = school.get("/monitoring/supports?limit=1").body(), second = school.get("/monitoring/supports?limit=1&offset=1").body();
        assertEquals(first.toString(), 1, first.path("items").size());
        assertEquals(catalog.path("total").asInt(), first.path("total").asInt());
        assertEquals(inCatalog.subList(0, 2), List.of(first.path("items").get(0).path("id").asText(), second.path("items").get(0).path("id").asText()));
        assertEquals("limit", school.get("/monitoring/supports?limit=0").body().path("details").get(0).path("field").asText());
        assertEquals("orgId stays a filter", List.of(), state.get("/monitoring/supports?orgId=" + sea + "&limit=1000").body().path("items")
                .findValuesAsText("id").stream().filter(id -> !inCatalog.contains(id)).toList());

        JsonNode matches = school.get("/monitoring/supports/matches?orgId=" + schoolA + "&schoolYear=2023-24").body();
        JsonNode lag3B = null;
        for (JsonNode m : matches.path("items")) if (m.path("practice").asText().equals("3B")) lag3B = m;
        assertNotNull(matches.toString(), lag3B);
        assertEquals(1.0, lag3B.path("lag").asDouble(), 1e-9);
        assertEquals(lag3B.toString(), 1, lag3B.path("supports").size());
        assertEquals(coaching.text("id"), lag3B.path("supports").get(0).path("id").asText());
        assertEquals("the support's own fields, its fit beside them", "Data team coaching", lag3B.path("supports").get(0).path("title").asText());
        assertEquals(1, lag3B.path("supports").get(0).path("fit").asInt());
        assertEquals(2, lag3B.path("supports").get(0).path("remaining").asInt());
        JsonNode needs = district.get("/monitoring/supports/" + coaching.text("id") + "/needs?orgId=" + districtA + "&schoolYear=2023-24").body();
        assertEquals(needs.toString(), schoolA, needs.path("items").get(0).path("orgId").asText());

        Http.Reply elsewhere = school.post("/monitoring/support-assignments", Http.obj("supportId", coaching.text("id"), "orgId", schoolA,
                "elementIds", List.of(plan(admin, schoolB, "2023-24", "3B").get("milestone")), "startDate", "2024-01-01"));
        assertEquals(elsewhere.body().toString(), "elementIds[0]", elsewhere.body().path("details").get(0).path("field").asText());
        Http.Reply asked = school.post("/monitoring/support-assignments", Http.obj("supportId", coaching.text("id"), "orgId", schoolA,
                "elementIds", List.of(p.get("milestone")), "startDate", "2024-01-01", "note", "Data teams have not met since October"));
        assertEquals(asked.body().toString(), 201, asked.status());
        assertEquals("REQUESTED", asked.text("status"));
        String path = "/monitoring/support-assignments/" + asked.text("id");
        Map<String, Object> accept = Map.of("status", "ACCEPTED", "staff", "District data coach");
        assertTrue("the school cannot accept its own request", List.of(403, 404).contains(school.put(path, accept, "\"1\"").status()));
        assertEquals(428, district.put(path, accept, null).status());
        Http.Reply accepted = district.put(path, accept, "\"1\"");
        assertEquals(accepted.body().toString(), 200, accepted.status());
        assertEquals("ACCEPTED", accepted.text("status"));
        assertEquals("a stale version is refused", 412, district.put(path, Map.of("status", "COMPLETED"), "\"1\"").status());

        for (String month : List.of("2024-01", "2024-02", "2024-03")) fileAll(school, p.get("plan"), month, elements, "ON_TRACK");
        JsonNode effect = district.get("/monitoring/supports/" + coaching.text("id") + "/effectiveness").body();
        assertEquals(effect.toString(), 1, effect.path("items").size());
        JsonNode e = effect.path("items").get(0).path("effect");
        assertEquals(e.toString(), 0.0, e.path("before").asDouble(), 1e-9);
        assertEquals(1.0, e.path("after").asDouble(), 1e-9);
        assertTrue(e.path("improved").asBoolean());
        assertEquals(1, effect.path("summary").path("improved").asInt());
        JsonNode table = state.get("/monitoring/supports/effectiveness?orgId=" + sea).body();
        boolean listed = false;
        for (JsonNode row : table.path("items")) listed |= row.path("supportId").asText().equals(coaching.text("id")) && row.path("meanChange").asDouble() == 1.0;
        assertTrue(table.toString(), listed);
        Http.Reply supportNow = district.get("/monitoring/supports/" + coaching.text("id"));
        assertEquals("an assigned support stays", 409, district.delete("/monitoring/supports/" + coaching.text("id"), "\"" + supportNow.body().path("version").asLong() + "\"").status());
    }

    /** The annual story of the demo district: its goals and measures, what was done, the adjustment and why, the supports; the same in the PDF. */
    @Test
    public void theAnnualReportTellsTheYearInJsonAndPdf() throws Exception {
        Http admin = ready("admin");
        Http district = anonymous.as("district-a");
        String districtA = admin.orgId("District A"), schoolA = admin.orgId("School A");
        // the demo's own adjustment (other tests here adjust plans of District A's schools too)
        java.util.function.Predicate<Http.Reply> demoLoaded = r -> r.status() == 200
                && r.body().path("items").findValuesAsText("cause").stream().anyMatch(c -> c.startsWith("Monthly reports show School B"));
        Http.Reply demo = admin.await("/monitoring/adjustments?orgId=" + districtA, demoLoaded, Duration.ofSeconds(120));
        assertTrue("the demo's monitoring is loaded: " + demo.body(), demoLoaded.test(demo));
        Http.Reply r = district.get("/monitoring/orgs/" + districtA + "/annual-report?schoolYear=2025-26");
        assertEquals(r.body().toString(), 200, r.status());
        JsonNode s = r.body();
        assertEquals("2025-26", s.path("schoolYear").asText());
        assertTrue(s.toString(), s.path("actions").path("total").asInt() > 10);
        assertTrue(s.path("goals").size() > 0 && s.path("goals").get(0).path("measures").size() > 0);
        assertEquals(1, s.path("adjustments").size());
        assertEquals("the state's and the district's supports to its schools", 2, s.path("supports").size());
        assertTrue(s.path("months").size() >= 10);
        assertTrue(s.path("summary").get(0).asText().contains("District A"));
        String pdf = SelfAssessmentIT.pdfText(district.bytes("/monitoring/orgs/" + districtA + "/annual-report.pdf?schoolYear=2025-26"));
        assertTrue(pdf, pdf.contains("What we changed, and why") && pdf.contains(s.path("adjustments").get(0).path("cause").asText().substring(0, 30)));
        assertTrue(pdf, pdf.contains(s.path("goals").get(0).path("measures").get(0).path("indicator").asText().substring(0, 15)));
        assertTrue(pdf, pdf.contains("Supports we received"));
        assertEquals("a school does not read its district's report", 404, anonymous.as("school-a").get("/monitoring/orgs/" + districtA + "/annual-report").status());
        assertEquals(400, district.get("/monitoring/orgs/" + schoolA + "/annual-report?schoolYear=2025").status());
    }

    /**
     * A state sets its own lag threshold and public minimum count (the installation's defaults until it does): its staff
     * alone, on the state, with the version they saw; every organization in it then follows them.
     */
    @Test
    public void aStateSetsItsOwnLagThresholdAndPublicMinimum() throws Exception {
        Http admin = ready("admin");
        Http state = anonymous.as("sea"), district = anonymous.as("district-a"), school = anonymous.as("school-a");
        String sea = admin.orgId("Demo State Department of Education"), districtA = admin.orgId("District A"), schoolA = admin.orgId("School A");
        String path = "/monitoring/orgs/" + sea + "/settings";
        Http.Reply defaults = school.get("/monitoring/orgs/" + schoolA + "/settings");
        assertEquals(defaults.body().toString(), 200, defaults.status());
        assertEquals("default", defaults.text("source"));
        assertEquals(25, defaults.body().path("lagThresholdPercent").asInt());
        assertEquals(10, defaults.body().path("publicMinimumCount").asInt());
        assertEquals(sea, defaults.text("seaId"));

        Map<String, Object> change = Map.of("lagThresholdPercent", 60, "publicMinimumCount", 5);
        int byDistrict = district.put(path, change, "\"0\"").status();
        assertTrue("a district does not set its state's: " + byDistrict, byDistrict == 403 || byDistrict == 404);
        Http.Reply onSchool = school.put("/monitoring/orgs/" + schoolA + "/settings", change, "\"0\"");
        assertEquals(onSchool.body().toString(), 400, onSchool.status());
        assertEquals("id", onSchool.body().path("details").get(0).path("field").asText());
        assertEquals("the version seen is needed", 428, state.put(path, change, null).status());
        Http.Reply bad = state.put(path, Map.of("lagThresholdPercent", 0, "publicMinimumCount", 5), "\"0\"");
        assertEquals(bad.body().toString(), 400, bad.status());
        assertEquals("lagThresholdPercent", bad.body().path("details").get(0).path("field").asText());
        assertEquals("default", admin.get(path).text("source"));

        // a result about 6 students: hidden on the public page under the default 10, shown once the state's minimum is 5
        String few = district.get("/orgs/" + districtA + "/direction").body().path("goals").get(0).path("measures").get(1).path("id").asText();
        assertEquals(201, district.post("/monitoring/measure-results", Http.obj("measureId", few, "orgId", districtA, "schoolYear", "2027-28", "value", 75,
                "studentCount", 6)).status());
        assertEquals(200, district.put("/orgs/" + districtA + "/publication", Map.of("published", true), null).status());
        String page = "/public/orgs/" + districtA + "/progress?schoolYear=2027-28";
        try {
            assertTrue(anonymous.get(page).body().path("goals").get(0).path("measures").get(1).path("suppressed").asBoolean());
            Http.Reply set = state.put(path, change, "\"0\"");
            assertEquals(set.body().toString(), 200, set.status());
            assertEquals("state", set.text("source"));
            assertEquals(1, set.body().path("version").asInt());
            assertEquals("a stale version is refused", 412, state.put(path, change, "\"0\"").status());
            assertEquals(60, school.get("/monitoring/orgs/" + schoolA + "/settings").body().path("lagThresholdPercent").asInt());
            assertEquals(0.6, school.get("/monitoring/supports/matches?orgId=" + schoolA).body().path("threshold").asDouble(), 1e-9);
            JsonNode shown = anonymous.get(page).body().path("goals").get(0).path("measures").get(1);
            assertFalse(shown.toString(), shown.path("suppressed").asBoolean());
            assertEquals("75", shown.path("result").asText());
        } finally {
            assertEquals(200, district.put("/orgs/" + districtA + "/publication", Map.of("published", false), null).status());
            JsonNode now = admin.get(path).body();
            if (now.path("version").asInt() > 0) {
                assertEquals(200, state.put(path, Map.of("lagThresholdPercent", 25, "publicMinimumCount", 10), "\"" + now.path("version").asInt() + "\"").status());
            }
        }
    }

    /** A district publishes its progress page: anyone reads it without signing in, with no names, and a result about too few students hidden. */
    @Test
    public void aPublishedProgressPageIsPublicAndHidesSmallNumbers() throws Exception {
        Http admin = ready("admin");
        Http district = anonymous.as("district-a");
        String districtA = admin.orgId("District A");
        JsonNode measures = district.get("/orgs/" + districtA + "/direction").body().path("goals").get(0).path("measures");
        String many = measures.get(0).path("id").asText(), few = measures.get(1).path("id").asText();
        String page = "/public/orgs/" + districtA + "/progress?schoolYear=2026-27";
        assertEquals("not published yet", 404, anonymous.get(page).status());
        assertEquals(201, district.post("/monitoring/measure-results", Http.obj("measureId", many, "orgId", districtA, "schoolYear", "2026-27", "value", 82,
                "studentCount", 400)).status());
        assertEquals(201, district.post("/monitoring/measure-results", Http.obj("measureId", few, "orgId", districtA, "schoolYear", "2026-27", "value", 75,
                "studentCount", 6, "note", "a small group")).status());
        assertEquals("a school cannot publish its district", 404, anonymous.as("school-a").put("/orgs/" + districtA + "/publication",
                Map.of("published", true), null).status());
        Http.Reply published = district.put("/orgs/" + districtA + "/publication", Map.of("published", true), null);
        assertEquals(published.body().toString(), 200, published.status());
        assertTrue(district.get("/orgs/" + districtA + "/publication").body().path("published").asBoolean());

        Http.Reply r = anonymous.get(page);
        assertEquals(r.body().toString(), 200, r.status());
        JsonNode shown = r.body().path("goals").get(0).path("measures");
        assertEquals("82", shown.get(0).path("result").asText());
        assertTrue(shown.get(0).path("onTarget").asBoolean());
        assertTrue(shown.get(1).path("suppressed").asBoolean());
        assertTrue("a result about 6 students is not shown", shown.get(1).path("result").isNull() && shown.get(1).path("onTarget").isNull());
        String summary = r.body().path("summary").toString();
        assertTrue("the summary counts only what is shown, so the hidden result cannot be worked out: " + summary,
                summary.contains("1 of 1 goal measures"));
        String all = r.body().toString();
        for (String internal : List.of("district-a", "a small group", "madeBy", "reportedBy", "\"orgId\"")) {
            assertFalse(internal + " is not public: " + all, all.contains(internal));
        }
        // the same story as plain HTML, written on the server: no script needed, nothing internal, the small result not shown
        String[] html = htmlPage("/public/orgs/" + districtA + "?schoolYear=2026-27");
        assertEquals(html[1], "200", html[0]);
        assertTrue(html[1], html[1].contains("<h1>District A: our year 2026-27</h1>") && !html[1].contains("<script"));
        assertTrue("the suppressed cell says so: " + html[1], html[1].contains("Not shown: about fewer than 10 students"));
        assertTrue(html[1], html[1].contains("<td>82</td>"));
        for (String internal : List.of("district-a", "a small group", districtA)) assertFalse(internal + " is not public", html[1].replace(
                "/public/orgs/", "").contains(internal));
        assertEquals(200, district.put("/orgs/" + districtA + "/publication", Map.of("published", false), null).status());
        assertEquals("taken down", 404, anonymous.get(page).status());
        assertEquals("taken down", "404", htmlPage("/public/orgs/" + districtA)[0]);
        assertEquals(400, district.put("/orgs/" + districtA + "/publication", Map.of(), null).status());
    }

    /** A state can require every progress page in it to be published: none can then be taken down. */
    @Test
    public void aStateCanRequireEveryProgressPage() throws Exception {
        Http admin = ready("admin");
        String sea = admin.orgId("Demo State Department of Education"), schoolB = admin.orgId("School B");
        Http district = anonymous.as("district-a");
        assertEquals("not published", 404, anonymous.get("/public/orgs/" + schoolB + "/progress").status());
        assertEquals("only a state requires", 400, district.put("/orgs/" + admin.orgId("District A") + "/publication", Map.of("required", true), null).status());
        assertEquals("a district cannot require for its state", 404, district.put("/orgs/" + sea + "/publication", Map.of("required", true), null).status());
        Http.Reply r = anonymous.as("sea").put("/orgs/" + sea + "/publication", Map.of("required", true), null);
        assertEquals(r.body().toString(), 200, r.status());
        try {
            assertEquals(200, anonymous.get("/public/orgs/" + schoolB + "/progress").status());
            assertTrue(district.get("/orgs/" + schoolB + "/publication").body().path("required").asBoolean());
            Http.Reply down = anonymous.as("school-a").put("/orgs/" + admin.orgId("School A") + "/publication", Map.of("published", false), null);
            assertEquals(down.body().toString(), 409, down.status());
            assertEquals("published", down.body().path("details").get(0).path("field").asText());
        } finally {
            assertEquals(200, anonymous.as("sea").put("/orgs/" + sea + "/publication", Map.of("required", false), null).status());
        }
        assertEquals("no longer required", 404, anonymous.get("/public/orgs/" + schoolB + "/progress").status());
    }

    /** @return the status and text of a page outside the API, fetched without signing in */
    private static String[] htmlPage(String path) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var reply = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + PORT + path)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new String[] {String.valueOf(reply.statusCode()), reply.body()};
    }

    private static void fileAll(Http school, String planId, String month, List<String> elements, String status) {
        List<Object> reports = new ArrayList<>();
        for (String id : elements) reports.add(Http.obj("elementId", id, "status", status));
        Http.Reply r = school.post("/monitoring/plans/" + planId + "/status-reports", Http.obj("period", month, "reports", reports));
        assertEquals(r.body().toString(), 201, r.status());
    }

    static int cellTotal(JsonNode rollup, String key) {
        for (JsonNode c : rollup.path("cells")) if (c.path("key").asText().equals(key)) return c.path("actions").path("total").asInt();
        return -1;
    }
}
