package org.braid.sfss.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.braid.core.model.EssaStatus;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworks;
import org.braid.core.spi.Crosswalk;
import org.braid.planning.api.PlanStatus;
import org.braid.planning.api.TemplateContext;
import org.braid.planning.api.TemplateSection;
import org.braid.planning.api.TemplateSection.Entry;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.platform.store.Database;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SFSS action plan drawn from a built plan tree, its element fields and its Section 2 in the module's real tables. */
class SfssActionPlanTest {
    static final String PLAN = "00000000-0000-4000-8000-0000000000b1", ORG = "00000000-0000-4000-8000-000000000002";
    static final Organization DISTRICT = new Organization(ORG, OrgType.LEA, "Riverside District", null, null, EssaStatus.NONE, 1L);

    /** The frameworks as the platform answers them with this pack installed: the crosswalk registered one way, read either way. */
    static final class Installed implements CodingFrameworks {
        @Override
        public List<CodingFramework> installed() {
            return List.of(Packs.FRAMEWORK);
        }

        @Override
        public Optional<CodingFramework> active() {
            return Optional.of(Packs.FRAMEWORK);
        }

        @Override
        public Optional<Crosswalk> crosswalk(String from, String to) {
            Crosswalk c = Packs.TO_FOUR_DOMAINS;
            if (c.from().equals(from) && c.to().equals(to)) return Optional.of(c);
            if (c.from().equals(to) && c.to().equals(from)) return Optional.of(c.inverse());
            return Optional.empty();
        }
    }

    Database db;
    SfssStore store;
    SfssActionPlan template;

    @BeforeEach
    void setUp() {
        db = TestDatabases.memory("sfss-template-" + System.nanoTime(), "sfss");
        store = new SfssStore(db);
        template = new SfssActionPlan(new Installed(), store);
    }

    static Action action(String id, String number, String description, String owner, String due) {
        return new Action(id, "m-" + id, number, description, owner, null, null, due, null, null, null, null, null, 1L);
    }

    static Strategy strategy(String id, String number, List<String> codes, List<Action> actions) {
        return new Strategy(id, "pa-1", number, "we build attendance teams", "absence falls", "students learn more", codes, "2026-27", "2027-28", null, 1L,
                null, actions.isEmpty() ? List.of() : List.of(new Milestone("m-" + id, id, number + ".1", "Teams meet weekly", "2027-01-31", List.of(), 1L, actions)));
    }

    /** One challenge: a strategy the team connected to P3, one coded only 4C in the Four Domains, and one with nothing. */
    static PlanTree tree() {
        Strategy chosen = strategy("s-1", "1.1", List.of("3A"), List.of(action("a-1", "1.1.1.1", "Train the attendance team", "Ms. Diaz", "2026-09-30"),
                action("a-2", "1.1.1.2", "Set up the early warning report", null, null)));
        Strategy fourDomains = strategy("s-2", "1.2", List.of("4C"), List.of(action("a-3", "1.2.1.1", "Family attendance nights", "Family liaison", "2026-10-15")));
        Strategy uncoded = strategy("s-3", "1.3", List.of("1A"), List.of());
        PriorityArea area = new PriorityArea("pa-1", PLAN, "1", "Chronic absence", "Too many students miss school", 1L, List.of(chosen, fourDomains, uncoded));
        return new PlanTree(PLAN, ORG, "2026-27", PlanStatus.DRAFT, 3L, List.of(area));
    }

    static TemplateContext context(Map<String, Map<String, Object>> sfss) {
        return new TemplateContext(DISTRICT, null, tree(), Map.of("sfss", sfss));
    }

    static TemplateSection section(List<TemplateSection> all, String id) {
        return all.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no section " + id));
    }

    static Optional<String> text(TemplateSection s, String label) {
        return s.entries().stream().filter(e -> e.label().equals(label)).map(Entry::text).findFirst();
    }

    @Test
    void followsTheSeedsLayout() {
        List<TemplateSection> all = db.transaction(c -> template.render(context(Map.of())));
        assertEquals(List.of("section-1", "challenge-1", "section-2-rules", "section-2-roles", "section-2-relationships", "section-2-resources",
                "section-2-partners", "section-2-resource-alignment", "section-2-infrastructure"), all.stream().map(TemplateSection::id).toList());
        assertEquals("SFSS Action Planning Template", template.title());
        assertEquals("Riverside District", text(all.get(0), "District Name").orElseThrow());
        assertEquals("Challenge/Problem #1", all.get(1).title());
    }

    @Test
    void listsWhatThePlanDoesNotShowYet() {
        List<TemplateSection> all = db.transaction(c -> template.render(context(Map.of())));
        assertEquals(List.of("The template asks for 2-4 high priority challenges/problems; the plan has 1: add a priority area for each challenge"),
                section(all, "section-1").missing());
        TemplateSection challenge = section(all, "challenge-1");
        assertEquals("Too many students miss school", text(challenge, "Description of Challenge/Problem").orElseThrow(),
                "Tool A's description stands in for the challenge's own");
        assertTrue(challenge.missing().containsAll(List.of("Challenge 1 has no supporting data and evidence", "Challenge 1 has no target outcomes",
                "Challenge 1 has no root causes", "Strategy 1.3 has no connection to the Five SFSS Priorities", "Strategy 1.3 has no key implementation steps",
                "Step 1.1.1.2 has no by when", "Step 1.1.1.2 has no by who")), challenge.missing().toString());
        assertFalse(section(all, "section-2-rules").complete());
        assertTrue(section(all, "section-2-partners").complete(), "partners are not one of the Four R's");
        assertEquals(List.of("Section 2 has no infrastructure/system management"), section(all, "section-2-infrastructure").missing());
    }

    @Test
    void drawsTheSfssFieldsAndReadsFourDomainsCodesThroughTheCrosswalk() {
        Map<String, Map<String, Object>> sfss = Map.of(
                "pa-1", Map.of("supportingData", "31% chronically absent", "targetOutcomes", "Under 15%", "rootCauses", List.of("No early warning", "Transport")),
                "s-1", Map.of("description", "A tiered attendance system", "priorities", List.of("P3")),
                "a-2", Map.of("byWhen", "First quarter", "byWho", "Data coach"));
        List<TemplateSection> all = db.transaction(c -> template.render(context(sfss)));
        TemplateSection challenge = section(all, "challenge-1");
        List<String> labels = challenge.entries().stream().map(e -> e.label() + ": " + e.text()).toList();
        assertTrue(labels.contains("Root Cause A: No early warning") && labels.contains("Root Cause B: Transport"), labels.toString());
        // the strategies in the seed's table: a row per key implementation step, the strategy and its priorities on its first
        TemplateSection.Table table = challenge.tables().get(0);
        assertEquals(List.of("Strategy", "Key Implementation Steps", "By When?", "By Who?", "Five SFSS Priorities Connection"), table.columns());
        List<String> rows = table.rows().stream().map(r -> String.join(" | ", r)).toList();
        assertTrue(rows.get(0).startsWith("System / Strategy 1 (1.1): A tiered attendance system | 1.1.1.1 "), rows.toString());
        assertTrue(rows.get(0).endsWith(" | 2026-09-30 | Ms. Diaz | P3 Proactive Student-Specific Support System"),
                "Tool A's due date and owner; the priority chosen, not the crosswalk of 3A: " + rows);
        assertTrue(rows.get(1).startsWith(" | 1.1.1.2 ") && rows.get(1).endsWith(" | First quarter | Data coach | "), "the step's own by when and by who: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(" | P4 Systematic Parent & Family Engagement (from Four Domains 4C), through Braid's crosswalk")),
                rows.toString());
        assertFalse(labels.stream().anyMatch(l -> l.startsWith("By When?")), "the steps are in the table, not among the entries: " + labels);
        assertEquals(List.of("Strategy 1.3 has no connection to the Five SFSS Priorities", "Strategy 1.3 has no key implementation steps"), challenge.missing());
    }

    @Test
    void drawsSectionTwoFromTheModulesStore() {
        SectionTwo two = new SectionTwo(null, null, null, null, List.of(new SectionTwo.Resource("Attendance coordinator", new BigDecimal("65000"), "Title I"),
                new SectionTwo.Resource("Bus passes", new BigDecimal("1200.50"), "District general fund")), null, "Two counselors move to tier 2", null, 0L);
        db.transaction(c -> store.putSectionTwo(two.checked(PLAN), 0));
        List<TemplateSection> all = db.transaction(c -> template.render(context(Map.of())));
        TemplateSection resources = section(all, "section-2-resources");
        assertTrue(resources.complete());
        assertEquals("$66,200.50", text(resources, "Total anticipated costs").orElseThrow());
        assertEquals(List.of("Attendance coordinator", "$65,000.00", "Title I"), resources.tables().get(0).rows().get(0));
        assertEquals("Funding Source / Reallocation", resources.tables().get(0).columns().get(2));
        assertEquals("Two counselors move to tier 2", text(section(all, "section-2-resource-alignment"), "Resource Alignment").orElseThrow());
    }
}
