package org.braid.monitoring.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.braid.core.model.EssaStatus;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.junit.jupiter.api.Test;

class PublicStoryTest {
    private static final Organization SCHOOL = new Organization("s1", OrgType.SCHOOL, "Lincoln Elementary", "d1", null, EssaStatus.NONE, 1L);

    private static AnnualReport.Story story(List<AnnualReport.MeasureLine> goalMeasures) {
        AnnualReport.Work work = new AnnualReport.Work(10, 4, 3, 2, 0, 0, 1, 1);
        return new AnnualReport.Story("s1", SCHOOL.name(), "SCHOOL", "2025-26", "Every child reads", null, null,
                List.of(new AnnualReport.GoalLine("Reading", goalMeasures)), work, work, List.of(), List.of("Reading plan"), List.of(),
                List.of(new Adjustment("a1", "p1", "e1", "s1", "Tutoring started late", "the October reports", Map.of("dueDate", "2026-01-31"), 2, "school-a",
                        "2026-01-10T10:00:00Z")), List.of(), List.of());
    }

    private static AnnualReport.MeasureLine measure(String indicator, String result, Integer students, Boolean onTarget) {
        return new AnnualReport.MeasureLine("GOAL", indicator, "40", "50", result, students, onTarget);
    }

    @Test
    void aResultAboutTooFewStudentsIsHiddenAndLeftOutOfTheSummarysCount() {
        PublicStory p = PublicStory.of(story(List.of(measure("Reading, all students", "55", 120, true), measure("Reading, one small group", "30", 7, false),
                measure("Writing", null, null, null))), SCHOOL, 10);
        List<PublicStory.Measure> shown = p.goals().get(0).measures();
        assertEquals("55", shown.get(0).result());
        assertFalse(shown.get(0).suppressed());
        assertNull(shown.get(1).result());
        assertNull(shown.get(1).onTarget(), "whether it reached its target would tell the hidden result's side of the target");
        assertTrue(shown.get(1).suppressed());
        assertFalse(shown.get(2).suppressed(), "no result yet: nothing to hide");
        // with the hidden measure counted, "1 of 2 reached" would tell that the hidden one did not
        assertTrue(p.summary().contains("1 of 1 goal measures with a result this year reached their target."), p.summary().toString());
    }

    @Test
    void anUnknownNumberOfStudentsIsTreatedAsTooFewAndNothingInternalIsPublished() {
        PublicStory p = PublicStory.of(story(List.of(measure("Reading", "55", null, true))), SCHOOL, 10);
        assertTrue(p.goals().get(0).measures().get(0).suppressed());
        assertFalse(p.summary().stream().anyMatch(s -> s.contains("goal measures")), "no measure shown, none counted");
        assertEquals(List.of(new PublicStory.Change("2026-01-10", "Tutoring started late")), p.changes(), "when and why, not who or the evidence");
    }

    @Test
    void thePageIsPlainHtmlWithTheSuppressedCellSayingSoAndTextEscaped() {
        AnnualReport.Story s = story(List.of(measure("Reading <all> & \"more\"", "55", 120, true), measure("Reading, one small group", "30", 7, false)));
        String html = PublicPage.html(PublicStory.of(s, SCHOOL, 10));
        assertTrue(html.startsWith("<!doctype html>"));
        assertFalse(html.contains("<script"), "readable with scripts off");
        assertTrue(html.contains("Reading &lt;all&gt; &amp; &quot;more&quot;"), html);
        assertTrue(html.contains("<td>Not shown: about fewer than 10 students</td>"), html);
        assertFalse(html.contains("<td>30</td>"), "the hidden result is nowhere on the page");
        assertTrue(html.contains("role=\"img\"") && html.contains("<caption>Actions and milestones by status</caption>"), "a chart, and its table");
    }
}
