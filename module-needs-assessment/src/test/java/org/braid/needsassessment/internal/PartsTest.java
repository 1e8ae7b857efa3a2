package org.braid.needsassessment.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.braid.core.model.Checks;
import org.braid.core.model.Violation;
import org.junit.jupiter.api.Test;

class PartsTest {

    static List<String> fieldsAtFault(Part p) {
        Checks c = new Checks();
        p.check(c);
        return c.violations().stream().map(Violation::field).toList();
    }

    static final List<String> FIVE = List.of("Students aren't learning and applying math concepts.",
            "Math teachers lack instructional strategies and pedagogy to provide adequate instruction.",
            "Two teachers are new and one is a long term substitute.", "There is high teacher turnover at the school.",
            "School culture is not supportive of new staff and the new induction program is not sufficient.");

    @Test
    void theSeventhGradeMathematicsChainHasFiveWhys() {
        assertEquals(List.of(), fieldsAtFault(new WhyChain("Low student math performance in seventh grade.", FIVE, FIVE.get(4), null)));
    }

    @Test
    void aSixthWhyOrAnEmptyProblemIsNamed() {
        List<String> six = new java.util.ArrayList<>(FIVE);
        six.add("And why is that?");
        assertEquals(List.of("whys"), fieldsAtFault(new WhyChain("Low math performance", six, null, null)));
        assertEquals(List.of("problem"), fieldsAtFault(new WhyChain(" ", FIVE, null, null)));
        assertEquals(List.of("whys"), fieldsAtFault(new WhyChain("p", List.of(), null, null)));
        assertEquals(List.of("whys[1]"), fieldsAtFault(new WhyChain("p", List.of("a", ""), null, null)));
    }

    @Test
    void aTrendNeedsValuesForTwoDistinctYears() {
        Trend.DataPoint y1 = new Trend.DataPoint("2024-25", 40.0), y2 = new Trend.DataPoint("2025-26", 38.0);
        assertEquals(List.of(), fieldsAtFault(new Trend("Math proficiency fell", Trend.Outlook.CONCERNING, List.of(y1, y2), null, null)));
        assertEquals(List.of("data"), fieldsAtFault(new Trend("Math proficiency fell", Trend.Outlook.CONCERNING, List.of(y1), null, null)));
        assertEquals(List.of("data[1].year"), fieldsAtFault(new Trend("s", Trend.Outlook.PROMISING, List.of(y1, y1), null, null)));
        assertEquals(List.of("statement", "kind", "data[1].value"),
                fieldsAtFault(new Trend("", null, List.of(y1, new Trend.DataPoint("2025-26", null)), null, null)));
    }

    @Test
    void aFishboneNeedsAProblemAndNamedCategories() {
        assertEquals(List.of(), fieldsAtFault(new Fishbone("p", List.of(new Fishbone.Category("Staff", List.of("turnover"))), null)));
        assertEquals(List.of("problem", "categories"), fieldsAtFault(new Fishbone(null, List.of(), null)));
        assertEquals(List.of("categories[0].name", "categories[0].causes[0]"),
                fieldsAtFault(new Fishbone("p", List.of(new Fishbone.Category("", java.util.Arrays.asList((String) null))), null)));
    }

    @Test
    void aDataReviewNamesAnElementOfTheChecklist() {
        assertEquals(List.of(), fieldsAtFault(new DataReview("student-outcomes", "notes", List.of("https://example.org"), null)));
        assertEquals(List.of("element"), fieldsAtFault(new DataReview("horoscopes", null, null, null)));
    }

    @Test
    void priorityAreasAndTrendsReferToOtherParts() {
        PriorityArea area = new PriorityArea("PD implementation", List.of("rc1"), List.of("t1", "t2"), null);
        assertEquals(List.of(), fieldsAtFault(area));
        assertEquals(Kind.ROOT_CAUSE, area.references().get(0).kind());
        assertEquals(List.of("t1", "t2"), area.references().get(1).ids());
        assertEquals(List.of("text"), fieldsAtFault(new RootCause("", true, null, RootCause.Level.CLASSROOM, null)));
    }
}
