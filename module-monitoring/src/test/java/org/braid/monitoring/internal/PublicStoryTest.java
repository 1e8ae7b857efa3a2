package org.braid.monitoring.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.braid.core.model.EssaStatus;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.junit.jupiter.api.Test;

class PublicStoryTest {
    private static final Organization SCHOOL = new Organization("s1", OrgType.SCHOOL, "Lincoln Elementary", "d1", null, EssaStatus.NONE, 1L);

    private static AnnualReport.Story story(List<AnnualReport.MeasureLine> goalMeasures) {
        return story(goalMeasures, List.of(new Adjustment("a1", "p1", "e1", "s1", "Tutoring started late", "the October reports",
                Map.of("dueDate", "2026-01-31"), 2, "school-a", "2026-01-10T10:00:00Z", null)));
    }

    private static AnnualReport.Story story(List<AnnualReport.MeasureLine> goalMeasures, List<Adjustment> adjustments) {
        AnnualReport.Work work = new AnnualReport.Work(10, 4, 3, 2, 0, 0, 1, 1);
        return new AnnualReport.Story("s1", SCHOOL.name(), "SCHOOL", "2025-26", "Every child reads", null, null,
                List.of(new AnnualReport.GoalLine("Reading", goalMeasures)), work, work, List.of(), List.of("Reading plan"), List.of(),
                adjustments, List.of(), List.of());
    }

    @Test
    void anAdjustmentMarkedInternalIsNeitherToldNorCounted() {
        PublicStory p = PublicStory.of(story(List.of(), List.of(
                new Adjustment("a1", "p1", "e1", "s1", "Tutoring started late", "the October reports", Map.of("dueDate", "2026-01-31"), 2, "school-a",
                        "2026-01-10T10:00:00Z", false),
                new Adjustment("a2", "p1", "e2", "s1", "The reading coach is on leave", null, Map.of("owner", "Principal"), 3, "school-a",
                        "2026-02-10T10:00:00Z", true))), SCHOOL, 10);
        assertEquals(List.of("Tutoring started late"), p.changes().stream().map(PublicStory.Change::cause).toList());
        assertTrue(p.summary().stream().anyMatch(line -> line.startsWith("The plan changed 1 time")), p.summary().toString());
        assertFalse(p.summary().toString().contains("2 times"));
    }

    private static AnnualReport.MeasureLine measure(String indicator, String result, Integer students, Boolean onTarget) {
        return measure(indicator, "State assessments", result, students, onTarget);
    }

    private static AnnualReport.MeasureLine measure(String indicator, String source, String result, Integer students, Boolean onTarget) {
        return new AnnualReport.MeasureLine("GOAL", indicator, source, "40", "50", result, students, onTarget);
    }

    @Test
    void aGroupUnderTheMinimumHidesTheAllStudentsFigureBesideItAndBothBaselines() {
        PublicStory p = PublicStory.of(story(List.of(measure("Reading, all students", "55", 120, true), measure("Reading, one small group", "30", 7, false),
                measure("Writing", null, null, null), measure("Attendance", "Attendance records", "93", 300, true))), SCHOOL, 10);
        List<PublicStory.Measure> shown = p.goals().get(0).measures();
        PublicStory.Measure all = shown.get(0), small = shown.get(1);
        assertEquals(Suppression.Reason.FEWER_THAN_MINIMUM, small.suppression());
        assertNull(small.result());
        assertNull(small.onTarget(), "whether it reached its target would tell the hidden result's side of the target");
        assertNull(small.baseline(), "the baseline is about the same small group");
        // shown beside the group, the all-students result (with the number of students known elsewhere) would give the group's
        assertTrue(all.suppressed());
        assertEquals(Suppression.Reason.COMPLEMENTARY, all.suppression());
        assertNull(all.result());
        assertNull(all.onTarget());
        assertNull(all.baseline(), "its baseline beside the group's would give the group's baseline");
        assertFalse(shown.get(2).suppressed(), "no result yet: nothing to hide");
        assertEquals("40", shown.get(2).baseline());
        assertFalse(shown.get(3).suppressed(), "another data source: not related to the hidden results");
        assertEquals("93", shown.get(3).result());
        assertTrue(p.summary().contains("1 of 1 goal measures with a result this year reached their target."), p.summary().toString());
    }

    @Test
    void theReachedCountLeavesOutEveryHiddenResultAndOnlyTheNextSmallestIsHiddenBesideTheSmallOne() {
        PublicStory p = PublicStory.of(story(List.of(measure("Math, all students", "61", 240, true), measure("Math, group A", "48", 40, false),
                measure("Math, group B", "70", 8, true), measure("Math, group C", "52", 190, true))), SCHOOL, 10);
        List<PublicStory.Measure> shown = p.goals().get(0).measures();
        assertEquals(Arrays.asList(null, Suppression.Reason.COMPLEMENTARY, Suppression.Reason.FEWER_THAN_MINIMUM, null),
                shown.stream().map(PublicStory.Measure::suppression).toList(), "group A, the smallest shown, goes with group B");
        // counted with the hidden ones, "3 of 4" beside the two shown that reached theirs would tell that one hidden did and one did not
        assertTrue(p.summary().contains("2 of 2 goal measures with a result this year reached their target."), p.summary().toString());
    }

    /** For many generated stories with small groups: no relation among the results shown has exactly one hidden member. */
    @Test
    void noHiddenResultCanBeWorkedOutFromWhatIsShown() {
        Random random = new Random(13);
        List<String> sources = Arrays.asList("State assessments", "Attendance records", " state assessments ", null);
        for (int run = 0; run < 2000; run++) {
            int minimum = 5 + random.nextInt(11);
            List<AnnualReport.GoalLine> goals = new ArrayList<>();
            for (int g = random.nextInt(4); g > 0; g--) goals.add(new AnnualReport.GoalLine("Goal " + g, lines(random, sources, "GOAL")));
            List<AnnualReport.MeasureLine> strategy = lines(random, sources, "STRATEGY");
            AnnualReport.Work work = new AnnualReport.Work(10, 4, 3, 2, 0, 0, 1, 1);
            AnnualReport.Story s = new AnnualReport.Story("s1", SCHOOL.name(), "SCHOOL", "2025-26", null, null, null, goals, work, work, List.of(),
                    List.of(), strategy, List.of(), List.of(), List.of());
            PublicStory p = PublicStory.of(s, SCHOOL, minimum);

            List<AnnualReport.MeasureLine> in = new ArrayList<>();
            List<PublicStory.Measure> out = new ArrayList<>();
            for (int g = 0; g < goals.size(); g++) {
                in.addAll(goals.get(g).measures());
                out.addAll(p.goals().get(g).measures());
            }
            in.addAll(strategy);
            out.addAll(p.strategyMeasures());
            Map<String, List<Integer>> relations = new HashMap<>();
            int reached = 0, counted = 0;
            for (int i = 0; i < in.size(); i++) {
                AnnualReport.MeasureLine m = in.get(i);
                PublicStory.Measure shown = out.get(i);
                String at = "run " + run + ", " + m + " -> " + shown;
                if (m.result() == null) {
                    assertFalse(shown.suppressed(), at);
                    continue;
                }
                if (m.studentCount() == null || m.studentCount() < minimum) assertEquals(Suppression.Reason.FEWER_THAN_MINIMUM, shown.suppression(), at);
                if (shown.suppressed()) {
                    assertTrue(shown.result() == null && shown.onTarget() == null && shown.baseline() == null, at);
                } else {
                    assertEquals(m.result(), shown.result(), at);
                    if (m.kind().equals("GOAL") && m.onTarget() != null) {
                        counted++;
                        if (m.onTarget()) reached++;
                    }
                }
                relations.computeIfAbsent(m.dataSource() == null ? "" : m.dataSource().strip().toLowerCase(), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> r : relations.values()) {
                List<PublicStory.Measure> members = r.stream().map(out::get).toList();
                long hidden = members.stream().filter(PublicStory.Measure::suppressed).count();
                assertTrue(r.size() < 2 || hidden != 1, "run " + run + ": one hidden result among " + members + " can be solved for");
                long complementary = members.stream().filter(x -> x.suppression() == Suppression.Reason.COMPLEMENTARY).count();
                assertTrue(complementary <= 1, "run " + run + ": more hidden than needed in " + members);
                for (int i : r) if (out.get(i).suppression() == Suppression.Reason.COMPLEMENTARY) for (int j : r) if (!out.get(j).suppressed())
                    assertTrue(in.get(i).studentCount() <= in.get(j).studentCount(), "run " + run + ": the next smallest is hidden, not a larger one");
            }
            String count = reached + " of " + counted + " goal measures";
            assertEquals(counted > 0, p.summary().stream().anyMatch(x -> x.startsWith(count)), "run " + run + ": the count is over the shown "
                    + "results only: " + p.summary());
        }
    }

    private static List<AnnualReport.MeasureLine> lines(Random random, List<String> sources, String kind) {
        List<AnnualReport.MeasureLine> out = new ArrayList<>();
        for (int n = random.nextInt(6); n > 0; n--) {
            boolean result = random.nextInt(5) > 0;
            Integer students = random.nextInt(10) == 0 ? null : 1 + random.nextInt(random.nextBoolean() ? 15 : 400);
            out.add(new AnnualReport.MeasureLine(kind, "Measure " + n, sources.get(random.nextInt(sources.size())), "4" + n, "50",
                    result ? String.valueOf(random.nextInt(100)) : null, result ? students : null, result ? random.nextBoolean() : null));
        }
        return out;
    }

    @Test
    void anUnknownNumberOfStudentsIsTreatedAsTooFewAndNothingInternalIsPublished() {
        PublicStory p = PublicStory.of(story(List.of(measure("Reading", "55", null, true))), SCHOOL, 10);
        assertTrue(p.goals().get(0).measures().get(0).suppressed());
        assertFalse(p.summary().stream().anyMatch(s -> s.contains("goal measures")), "no measure shown, none counted");
        assertEquals(List.of(new PublicStory.Change("2026-01-10", "Tutoring started late")), p.changes(), "when and why, not who or the evidence");
    }

    @Test
    void thePageIsPlainHtmlWithTheSuppressedCellsSayingSoAndTextEscaped() {
        AnnualReport.Story s = story(List.of(measure("Reading <all> & \"more\"", "55", 120, true), measure("Reading, one small group", "30", 7, false),
                measure("Attendance", "Attendance records", "93", 300, true)));
        String html = PublicPage.html(PublicStory.of(s, SCHOOL, 10));
        assertTrue(html.startsWith("<!doctype html>"));
        assertFalse(html.contains("<script"), "readable with scripts off");
        assertTrue(html.contains("Reading &lt;all&gt; &amp; &quot;more&quot;"), html);
        assertTrue(html.contains("<td>Not shown: about fewer than 10 students</td>"), html);
        assertTrue(html.contains("<td>Not shown: it would let a hidden result be worked out</td>"), html);
        assertFalse(html.contains("<td>30</td>") || html.contains("<td>55</td>") || html.contains("<td>40</td><td>50</td><td>Not"),
                "the hidden results and their baselines are nowhere on the page");
        assertTrue(html.contains("<td>93</td>"), html);
        assertTrue(html.contains("role=\"img\"") && html.contains("<caption>Actions and milestones by status</caption>"), "a chart, and its table");
    }
}
