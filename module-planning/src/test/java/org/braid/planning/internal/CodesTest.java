package org.braid.planning.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.braid.core.model.RuleViolationException;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworks;
import org.braid.core.spi.Domain;
import org.braid.core.spi.Practice;
import org.braid.planning.api.ElementKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Codes keep their framework: a district that changed framework keeps its old codes valid; a newer pack's dropped codes are listed. */
class CodesTest {
    static final CodingFramework FOUR_DOMAINS_2 = new CodingFramework("four-domains", "Four Domains", "2", null, List.of(
            new Domain("1", "Turnaround leadership", List.of(new Practice("1A", "Prioritize improvement"))),
            new Domain("3", "Instructional transformation", List.of(new Practice("3C", "Remove barriers")))));
    static final CodingFramework SFSS = new CodingFramework("sfss", "SFSS Priorities", "1", null, List.of(
            new Domain("P", "Priorities", List.of(new Practice("P1", "Strong climate and culture")))));

    private final Codes codes = new Codes(new CodingFrameworks() {
        public List<CodingFramework> installed() {
            return List.of(FOUR_DOMAINS_2, SFSS);
        }

        public Optional<CodingFramework> active() {
            return Optional.of(FOUR_DOMAINS_2);
        }

        public Optional<CodingFramework> activeFor(String orgId) {
            return Optional.of(orgId.equals("sfss-district") ? SFSS : FOUR_DOMAINS_2);
        }
    });

    @Test
    void newCodesFollowTheOrganizationsFrameworkAndOldOnesKeepTheirs() {
        assertEquals(new Codes.Coded("sfss", List.of("P1")), codes.validate("sfss-district", null, "codes", List.of("p1")));
        assertEquals(new Codes.Coded("four-domains", List.of("3C")), codes.validate("other", null, "codes", List.of("3c")));
        assertThrows(RuleViolationException.class, () -> codes.validate("sfss-district", null, "codes", List.of("3C")),
                "a new element is coded in the district's framework");
        assertEquals(new Codes.Coded("four-domains", List.of("3C")), codes.validate("sfss-district", () -> "four-domains", "codes", List.of("3C")),
                "an element coded before the district changed framework keeps its codes");
        assertEquals(new Codes.Coded("sfss", List.of()), codes.validate("sfss-district", () -> "four-domains", "codes", List.of()));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> codes.validate("sfss-district", () -> "four-domains", "codes", List.of("9Z")));
        assertTrue(e.violations().toString().contains("SFSS"), "the error names the district's framework: " + e.violations());
    }

    @Test
    void codesWhoseFrameworkIsGoneOrNoLongerHasThemAreListed() {
        var plan = PlanTreeTestData.plan();
        Map<String, Codes.Coded> stored = Map.of(
                "s1", new Codes.Coded("four-domains", List.of("4C", "3C")),
                "ms1", new Codes.Coded("old-pack", List.of("X1")),
                "x1", new Codes.Coded("sfss", List.of("P1")));
        CodeCheck.Report r = CodeCheck.check(plan, codes.activeFor("sfss-district"), stored, codes::installed);
        assertEquals("sfss", r.framework().id());
        assertEquals(List.of(
                new CodeCheck.CodeProblem("s1", ElementKind.STRATEGY, "Strategy 1.1", "four-domains", "4C", "the installed version 2 of Four Domains no longer has it"),
                new CodeCheck.CodeProblem("ms1", ElementKind.MILESTONE, "Milestone 1.1.1", "old-pack", "X1", "its framework (old-pack) is not installed")),
                r.items());
    }
}
