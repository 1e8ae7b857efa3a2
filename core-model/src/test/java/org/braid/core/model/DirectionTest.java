package org.braid.core.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DirectionTest {

    static GoalMeasure measure(Map<String, String> targets) {
        return new GoalMeasure(null, "The percentage of students that meet growth goals each year",
                "State assessments using the state growth model", "64%", targets);
    }

    static Direction direction(Goal... goals) {
        return new Direction("org", "v", "m", null, List.of(new GlossaryTerm("LEA", "Local education agency")), List.of(goals), 0L);
    }

    static List<String> fields(Direction d) {
        return d.check().violations().stream().map(Violation::field).toList();
    }

    @Test
    void aGoalWithTwoYearsOfTargetsPasses() {
        Goal g = new Goal(null, "Each student will meet his or her growth targets each year.", "why",
                List.of(measure(Map.of("2026-27", "5% increase", "2027-28", "10% increase"))));
        assertTrue(direction(g).check().ok());
    }

    @Test
    void measuresNeedAtLeastTwoYears() {
        Goal g = new Goal(null, "Goal", null, List.of(measure(Map.of("2026-27", "70%"))));
        assertEquals(List.of("goals[0].measures[0].targets"), fields(direction(g)));
    }

    @Test
    void schoolYearsMustBeConsecutiveYears() {
        assertTrue(Checks.isSchoolYear("2026-27"));
        assertTrue(Checks.isSchoolYear("2099-00"));
        assertFalse(Checks.isSchoolYear("2026-28"));
        assertFalse(Checks.isSchoolYear("2026"));
        Goal g = new Goal(null, "Goal", null, List.of(measure(Map.of("2026-28", "70%", "2027-28", ""))));
        assertEquals(List.of("goals[0].measures[0].targets.2026-28", "goals[0].measures[0].targets.2027-28"), fields(direction(g)));
    }

    @Test
    void goalsNeedAStatementAndMeasuresTheirParts() {
        Goal g = new Goal(null, " ", null, List.of(new GoalMeasure(null, null, "src", null, Map.of("2026-27", "1", "2027-28", "2"))));
        assertEquals(List.of("goals[0].statement", "goals[0].measures[0].indicator", "goals[0].measures[0].baseline"), fields(direction(g)));
    }

    @Test
    void glossaryTermsAreUnique() {
        Direction d = new Direction("org", null, null, null,
                List.of(new GlossaryTerm("CSI", "a"), new GlossaryTerm("csi ", "b")), List.of(), 0L);
        assertEquals(List.of("glossary[1].term"), fields(d));
    }
}
