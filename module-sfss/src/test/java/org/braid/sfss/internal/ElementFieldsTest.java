package org.braid.sfss.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.braid.core.model.ValidationException;
import org.braid.core.model.Violation;
import org.braid.planning.api.ElementKind;
import org.junit.jupiter.api.Test;

class ElementFieldsTest {

    private static List<String> fieldsOf(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aChallengeKeepsItsTextsAndRootCausesInOrder() {
        ElementFields f = ElementFields.of(ElementKind.PRIORITY_AREA, Map.of("description", "  Chronic absence in grades 6-8 ", "supportingData",
                "31% chronically absent", "targetOutcomes", "Under 15% by spring", "rootCauses", List.of("No early warning", " ", "Transport gaps")));
        assertEquals("Chronic absence in grades 6-8", f.description());
        assertEquals(List.of("No early warning", "Transport gaps"), f.rootCauses());
        assertEquals(Map.of("description", "Chronic absence in grades 6-8", "supportingData", "31% chronically absent", "targetOutcomes", "Under 15% by spring",
                "rootCauses", List.of("No early warning", "Transport gaps")), f.toMap());
    }

    @Test
    void atMostFourRootCausesNamingTheFifth() {
        ValidationException e = assertThrows(ValidationException.class, () -> ElementFields.of(ElementKind.PRIORITY_AREA,
                Map.of("rootCauses", List.of("a", "b", "c", "d", "e"))));
        assertEquals(List.of("rootCauses[4]"), fieldsOf(e));
        assertTrue(e.violations().get(0).message().contains("at most four"));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("description", "x".repeat(ElementFields.TEXT + 1));
        in.put("rootCauses", List.of("fine", 7));
        in.put("byWho", "the principal");
        ValidationException e = assertThrows(ValidationException.class, () -> ElementFields.of(ElementKind.PRIORITY_AREA, in));
        assertEquals(List.of("byWho", "description", "rootCauses[1]"), fieldsOf(e).stream().sorted().toList());
    }

    @Test
    void aStrategysPrioritiesAreCodesOfTheFive() {
        ElementFields f = ElementFields.of(ElementKind.STRATEGY, Map.of("description", "Tiered attendance teams", "priorities", List.of("p3", "P4", "P3")));
        assertEquals(List.of("P3", "P4"), f.priorities());
        ValidationException e = assertThrows(ValidationException.class, () -> ElementFields.of(ElementKind.STRATEGY,
                Map.of("priorities", List.of("P1", "4C", "P6"))));
        assertEquals(List.of("priorities[1]", "priorities[2]"), fieldsOf(e));
        assertTrue(e.violations().get(0).message().contains("P1, P2, P3, P4, P5"));
    }

    @Test
    void aStepTakesByWhenAndByWhoOnly() {
        ElementFields f = ElementFields.of(ElementKind.ACTION, Map.of("byWhen", "End of the first quarter", "byWho", "Attendance team lead"));
        assertEquals(Map.of("byWhen", "End of the first quarter", "byWho", "Attendance team lead"), f.toMap());
        ValidationException e = assertThrows(ValidationException.class, () -> ElementFields.of(ElementKind.ACTION,
                Map.of("byWhen", "x".repeat(ElementFields.WHEN + 1), "rootCauses", List.of("a"))));
        assertEquals(List.of("byWhen", "rootCauses"), fieldsOf(e).stream().sorted().toList());
    }

    @Test
    void noFieldsOnMilestonesOrMeasures() {
        ValidationException e = assertThrows(ValidationException.class, () -> ElementFields.of(ElementKind.MILESTONE, Map.of()));
        assertEquals(List.of("kind"), fieldsOf(e));
    }

    @Test
    void blankMeansNone() {
        assertTrue(ElementFields.of(ElementKind.PRIORITY_AREA, Map.of("description", "  ", "rootCauses", List.of(""))).empty());
    }
}
