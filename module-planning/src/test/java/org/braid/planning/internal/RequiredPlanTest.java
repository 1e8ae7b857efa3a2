package org.braid.planning.internal;

import java.util.List;
import java.util.Map;

import org.braid.core.model.Direction;
import org.braid.core.model.EssaStatus;
import org.braid.core.spi.PlanFact;
import org.braid.core.model.Goal;
import org.braid.core.model.GoalMeasure;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.planning.api.TemplateContext;
import org.braid.planning.api.TemplateSection;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.internal.PlanVersions.SignOff;
import org.braid.planning.internal.PlanVersions.Version;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RequiredPlanTest {
    private static final Goal GOAL = new Goal("g1", "Each student grows a year or more", null,
            List.of(new GoalMeasure("gm1", "growth", "state test", "40%", Map.of("2027-28", "60%"))));

    private static RequiredPlan template(String id, List<Version> versions) {
        return EssaPlans.read(planId -> versions).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static TemplateContext context(OrgType type, EssaStatus status, PlanTree plan) {
        return new TemplateContext(new Organization("o", type, "School Z", "lea", null, status, 1L),
                new Direction("o", null, null, null, List.of(), List.of(GOAL), 1L), plan, Map.of());
    }

    private static List<String> missing(List<TemplateSection> sections, String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst().orElseThrow().missing();
    }

    @Test
    void theDataFileNamesOnlyKnownChecksAndViewsAndCitesEveryComponent() {
        List<RequiredPlan> all = EssaPlans.read(id -> List.of());
        assertEquals(List.of("title-i-schoolwide", "csi", "tsi"), all.stream().map(RequiredPlan::id).toList());
        for (RequiredPlan t : all) {
            assertTrue(t.source().section().startsWith("ESEA section 111"), t.id());
            int n = t.components(context(OrgType.SCHOOL, EssaStatus.CSI, PlanTreeTestData.plan()));
            assertTrue(n >= 8, t.id() + " has " + n + " components");
        }
    }

    @Test
    void appliesBySchoolAndEssaStatus() {
        PlanTree plan = PlanTreeTestData.plan();
        assertTrue(template("title-i-schoolwide", List.of()).appliesTo(context(OrgType.SCHOOL, EssaStatus.NONE, plan)));
        assertFalse(template("title-i-schoolwide", List.of()).appliesTo(context(OrgType.LEA, EssaStatus.NONE, plan)));
        assertTrue(template("csi", List.of()).appliesTo(context(OrgType.SCHOOL, EssaStatus.CSI, plan)));
        assertFalse(template("csi", List.of()).appliesTo(context(OrgType.SCHOOL, EssaStatus.TSI, plan)));
        assertTrue(template("tsi", List.of()).appliesTo(context(OrgType.SCHOOL, EssaStatus.TSI, plan)));
        assertFalse(template("tsi", List.of()).appliesTo(context(OrgType.SCHOOL, EssaStatus.NONE, plan)));
        assertTrue(template("tsi", List.of()).appliesTo(context(OrgType.SCHOOL, EssaStatus.ATSI, plan)));
        assertFalse(template("csi", List.of()).appliesTo(context(OrgType.SCHOOL, EssaStatus.ATSI, plan)));
    }

    @Test
    void onlyAnAtsiSchoolIsAskedForResourceInequities() {
        RequiredPlan tsi = template("tsi", List.of());
        TemplateContext targeted = context(OrgType.SCHOOL, EssaStatus.TSI, PlanTreeTestData.plan());
        TemplateContext additional = context(OrgType.SCHOOL, EssaStatus.ATSI, PlanTreeTestData.plan());
        List<TemplateSection> tsiSections = tsi.render(targeted);
        List<TemplateSection> atsiSections = tsi.render(additional);
        assertFalse(tsiSections.stream().anyMatch(s -> s.id().equals("resource-inequities")), "§1111(d)(2)(C) is not asked of a TSI school");
        assertTrue(missing(atsiSections, "resource-inequities").get(0).contains("(§1111(d)(2)(C))"), atsiSections.toString());
        assertEquals(tsi.components(targeted) + 1, tsi.components(additional));
        int tsiMissing = tsiSections.stream().mapToInt(s -> s.missing().size()).sum();
        int atsiMissing = atsiSections.stream().mapToInt(s -> s.missing().size()).sum();
        assertEquals(tsiMissing + 1, atsiMissing);
        assertEquals(Math.round(100.0 * (tsi.components(targeted) - tsiMissing) / tsi.components(targeted)) / 100.0,
                Templates.completeness(tsi, targeted, tsiSections, tsiMissing), "the share of the components asked of a TSI school");
    }

    @Test
    void aCsiPlanListsWhatThePlanDoesNotShowByElement() {
        RequiredPlan csi = template("csi", List.of());
        List<TemplateSection> sections = csi.render(context(OrgType.SCHOOL, EssaStatus.CSI, PlanTreeTestData.plan()));
        assertEquals(List.of("stakeholders", "needs-assessment", "indicators", "interventions", "resource-inequities", "approval"),
                sections.stream().map(TemplateSection::id).toList());
        // priority area 2 has no strategy, 1.2 lacks its "then", is uncoded and serves no goal
        assertTrue(missing(sections, "interventions").get(0).contains("[Priority 2; Strategy 1.2]"), missing(sections, "interventions").toString());
        assertTrue(missing(sections, "interventions").get(1).contains("[Strategy 1.2]"), missing(sections, "interventions").toString());
        assertTrue(missing(sections, "indicators").get(0).contains("Strategy 1.2 (no goal)"), missing(sections, "indicators").toString());
        assertTrue(missing(sections, "needs-assessment").get(0).contains("[no comprehensive needs assessment with priority needs for 2026-27]"),
                missing(sections, "needs-assessment").toString());
        assertTrue(missing(sections, "needs-assessment").get(1).contains("[Priority 1, 2]"), missing(sections, "needs-assessment").toString());
        assertTrue(missing(sections, "approval").get(0).contains("the plan has not been submitted"));
        // action 1.1.1.2 has no owner, milestone 1.1.2 no action
        assertTrue(missing(sections, "approval").get(1).contains("Milestone 1.1.2; Action 1.1.1.2"), missing(sections, "approval").toString());
        assertEquals(1, missing(sections, "resource-inequities").size(), "both actions with budgets name their source");
        assertTrue(missing(sections, "resource-inequities").get(0).startsWith("Identifies resource inequities"));
        int missing = sections.stream().mapToInt(s -> s.missing().size()).sum();
        assertEquals(0.09, Templates.completeness(csi, context(OrgType.SCHOOL, EssaStatus.CSI, PlanTreeTestData.plan()), sections, missing),
                "of 11 components only the actions' funding is shown (no module tells of a needs assessment)");
        assertTrue(sections.get(3).entries().stream().anyMatch(e -> e.label().equals("Strategy 1.1") && e.text().equals("coded to 4C")));
    }

    @Test
    void theNeedsAssessmentsAndMonitoringsFactsShowTheComponentsTheStatuteAsksOfThem() {
        RequiredPlan titleI = template("title-i-schoolwide", List.of());
        PlanTree plan = PlanTreeTestData.plan();
        TemplateContext alone = context(OrgType.SCHOOL, EssaStatus.NONE, plan);
        List<TemplateSection> before = titleI.render(alone);
        assertTrue(missing(before, "needs-assessment").get(0).startsWith("Based on a comprehensive needs assessment of the entire school (§1114(b)(6))"),
                "priority areas alone do not show a needs assessment: " + missing(before, "needs-assessment"));
        assertTrue(missing(before, "monitoring").stream().anyMatch(m -> m.startsWith("The plan's implementation regularly reported on") && m.contains("[no status report filed on the plan]")),
                missing(before, "monitoring").toString());

        List<PlanFact> facts = List.of(new PlanFact("needs-assessment", PlanFact.COMPREHENSIVE_NEEDS_ASSESSMENT, "Comprehensive needs assessment",
                        "Completed for 2026-27: 1 priority need chosen"),
                new PlanFact("needs-assessment", PlanFact.PRIORITY_NEED, "Priority need", "Chronic absence"),
                new PlanFact("needs-assessment", PlanFact.ROOT_CAUSE, "Root cause", "No early-warning routine"),
                new PlanFact("monitoring", PlanFact.STATUS_REPORTS, "Status reports", "4 status reports filed (2026-09 to 2026-10)"));
        TemplateContext told = new TemplateContext(alone.organization(), alone.direction(), plan, Map.of(), facts);
        List<TemplateSection> after = titleI.render(told);
        assertFalse(missing(after, "needs-assessment").stream().anyMatch(m -> m.startsWith("Based on")), missing(after, "needs-assessment").toString());
        assertFalse(missing(after, "monitoring").stream().anyMatch(m -> m.startsWith("The plan's implementation regularly reported on")), missing(after, "monitoring").toString());
        List<TemplateSection.Entry> shown = after.get(0).entries();
        assertEquals(new TemplateSection.Entry("Comprehensive needs assessment", "Completed for 2026-27: 1 priority need chosen", 0), shown.get(0));
        assertEquals(new TemplateSection.Entry("Root cause", "No early-warning routine", 1), shown.get(2));
        assertTrue(after.stream().filter(x -> x.id().equals("monitoring")).findFirst().orElseThrow().entries().stream()
                .anyMatch(e -> e.label().equals("Status reports")), "monitoring's fact is shown where (b)(3) is");
        int missingBefore = before.stream().mapToInt(x -> x.missing().size()).sum(), missingAfter = after.stream().mapToInt(x -> x.missing().size()).sum();
        assertEquals(missingBefore - 2, missingAfter);
        assertTrue(Templates.completeness(titleI, told, after, missingAfter) > Templates.completeness(titleI, alone, before, missingBefore));
        // a fact of another name shows nothing
        TemplateContext other = new TemplateContext(alone.organization(), alone.direction(), plan, Map.of(),
                List.of(new PlanFact("monitoring", PlanFact.REVIEWS, "Reviews", "1 review held (2026-Q1)")));
        assertEquals(missing(before, "needs-assessment"), missing(titleI.render(other), "needs-assessment"));
    }

    @Test
    void signOffsAndCollaboratorsShowStakeholdersAndApproval() {
        Version approved = new Version(1, "2026-09-01T00:00:00Z", "lead", null, List.of(
                new SignOff("Principal", "P. Rincipal", "p", "2026-09-02T00:00:00Z", false),
                new SignOff("Superintendent", "S. Uper", "s", "2026-09-03T00:00:00Z", true)));
        RequiredPlan csi = template("csi", List.of(approved));
        List<TemplateSection> sections = csi.render(context(OrgType.SCHOOL, EssaStatus.CSI, PlanTreeTestData.plan()));
        assertEquals(List.of(), missing(sections, "stakeholders"));
        assertEquals(1, missing(sections, "approval").size(), missing(sections, "approval").toString());
        assertTrue(sections.get(5).entries().stream().anyMatch(e -> e.label().equals("Superintendent") && e.text().endsWith("(approves)")));
    }

    @Test
    void aPlanThatNamesInequitiesAndFundsFromTwoSourcesShowsThoseComponents() {
        PlanTree plan = PlanTreeTestData.plan();
        var a1 = plan.priorityAreas().get(0);
        var described = new org.braid.planning.api.dto.PriorityArea(a1.id(), a1.planId(), a1.number(), a1.title(),
                "Per-pupil spending on coaching is half the district's", a1.version(), a1.strategies());
        PlanTree withInequity = new PlanTree(plan.id(), plan.orgId(), plan.schoolYear(), plan.status(), plan.version(),
                List.of(described, plan.priorityAreas().get(1)));
        List<TemplateSection> csi = template("csi", List.of()).render(context(OrgType.SCHOOL, EssaStatus.CSI, withInequity));
        assertEquals(List.of(), missing(csi, "resource-inequities"));
        List<TemplateSection> titleI = template("title-i-schoolwide", List.of()).render(context(OrgType.SCHOOL, EssaStatus.NONE, plan));
        assertEquals(List.of(), missing(titleI, "coordination"), "Title I and the general fund");
        assertTrue(titleI.get(4).entries().stream().anyMatch(e -> e.label().equals("Total Title I") && e.text().equals("$1000.00")));
    }
}
