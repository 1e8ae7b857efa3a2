package org.braid.sfss.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.spi.CodingFrameworks;
import org.braid.core.spi.Crosswalk;
import org.braid.core.spi.Source;
import org.braid.planning.api.PlanTemplate;
import org.braid.planning.api.TemplateContext;
import org.braid.planning.api.TemplateSection;
import org.braid.planning.api.TemplateSection.Entry;
import org.braid.planning.api.TemplateSection.Table;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The SFSS action plan drawn from an organization's one plan, in the seed's layout: Section 1 per challenge (a priority
 * area) with its description, data, target outcomes, root causes A-D and systems/strategies with their key
 * implementation steps and Five SFSS Priorities; then Section 2, the Four R's, resource alignment and infrastructure.
 * A strategy coded only in the Four Domains shows its priorities through the crosswalk.
 */
@Component(service = PlanTemplate.class)
public class SfssActionPlan implements PlanTemplate {
    static final String ID = "sfss-action-plan";
    private static final JsonNode DOC = Packs.TEMPLATE;
    private final CodingFrameworks frameworks;
    private final SfssStore store;

    @Activate
    public SfssActionPlan(@Reference CodingFrameworks frameworks, @Reference SfssStore store) {
        this.frameworks = frameworks;
        this.store = store;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return DOC.path("title").asText();
    }

    @Override
    public Source source() {
        JsonNode s = DOC.path("source");
        return new Source(s.path("title").asText(), s.path("publisher").asText(), s.path("year").asText(), s.path("section").asText());
    }

    /** Always: the state pack is installed by choice, and where it is, every plan has an SFSS action plan. */
    @Override
    public boolean appliesTo(TemplateContext context) {
        return true;
    }

    @Override
    public List<TemplateSection> render(TemplateContext context) {
        List<TemplateSection> out = new ArrayList<>();
        out.add(sectionOne(context));
        Crosswalk fromFourDomains = frameworks.crosswalk("four-domains", SfssModule.ID).orElse(null);
        List<PriorityArea> areas = context.plan().priorityAreas();
        for (int i = 0; i < areas.size(); i++) out.add(challenge(context, i + 1, areas.get(i), fromFourDomains));
        out.addAll(sectionTwo(store.sectionTwo(context.plan().id())));
        return out;
    }

    private TemplateSection sectionOne(TemplateContext context) {
        JsonNode s1 = DOC.path("section1");
        int min = DOC.path("challenges").path("min").asInt(), max = DOC.path("challenges").path("max").asInt();
        int n = context.plan().priorityAreas().size();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("District Name", context.organization() == null ? null : context.organization().name(), 0));
        entries.add(new Entry("School year", context.plan().schoolYear(), 0));
        entries.add(new Entry("Challenges/Problems", String.valueOf(n), 0));
        List<String> missing = new ArrayList<>();
        if (n < min || n > max) {
            missing.add("The template asks for " + min + "-" + max + " high priority challenges/problems; the plan has " + n
                    + (n < min ? ": add a priority area for each challenge" : ": keep the few that matter most"));
        }
        return new TemplateSection("section-1", s1.path("title").asText(), s1.path("requires").asText(), entries, missing);
    }

    private TemplateSection challenge(TemplateContext context, int n, PriorityArea area, Crosswalk fromFourDomains) {
        Map<String, Object> f = context.extension(SfssModule.ID, area.id());
        String name = "Challenge " + n;
        List<Entry> entries = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        entries.add(new Entry("Challenge/Problem #" + n, area.title(), 0));
        // Tool A's own description of the priority area stands in until the challenge has one of its own
        String description = Optional.ofNullable(text(f, "description")).orElse(blankToNull(area.description()));
        required(entries, missing, "Description of Challenge/Problem", description, name + " has no description");
        required(entries, missing, "Supporting Data and Evidence", text(f, "supportingData"), name + " has no supporting data and evidence");
        required(entries, missing, "Target Outcomes", text(f, "targetOutcomes"), name + " has no target outcomes");
        List<String> causes = texts(f.get("rootCauses"));
        if (causes.isEmpty()) missing.add(name + " has no root causes");
        for (int i = 0; i < causes.size(); i++) entries.add(new Entry("Root Cause " + ElementFields.letter(i), causes.get(i), 1));
        if (area.strategies().isEmpty()) missing.add(name + " has no systems or strategies to address its root causes");
        // the seed's table: a row per key implementation step, the strategy and its priorities on its first row
        List<List<String>> rows = new ArrayList<>();
        int k = 0;
        for (Strategy s : area.strategies()) strategy(context, ++k, s, fromFourDomains, rows, missing);
        JsonNode doc = DOC.path("challenge");
        List<String> columns = new ArrayList<>();
        doc.path("columns").forEach(c -> columns.add(c.asText()));
        String title = String.format(Locale.ROOT, doc.path("title").asText(), n);
        return new TemplateSection("challenge-" + n, title, doc.path("requires").asText(), entries, missing,
                List.of(new Table(doc.path("strategies").asText(), columns, rows)));
    }

    private void strategy(TemplateContext context, int k, Strategy s, Crosswalk fromFourDomains, List<List<String>> rows, List<String> missing) {
        Map<String, Object> f = context.extension(SfssModule.ID, s.id());
        String name = "Strategy " + s.number();
        String strategy = "System / Strategy " + k + " (" + s.number() + "): " + Optional.ofNullable(text(f, "description")).orElse(s.statement());
        String priorities = priorities(s, texts(f.get("priorities")), fromFourDomains);
        if (priorities == null) missing.add(name + " has no connection to the Five SFSS Priorities");
        List<Action> steps = s.milestones().stream().flatMap(m -> m.actions().stream()).toList();
        if (steps.isEmpty()) {
            missing.add(name + " has no key implementation steps");
            rows.add(Arrays.asList(strategy, null, null, null, priorities));
        }
        boolean first = true;
        for (Action a : steps) {
            Map<String, Object> af = context.extension(SfssModule.ID, a.id());
            String when = Optional.ofNullable(text(af, "byWhen")).orElse(a.dueDate()), who = Optional.ofNullable(text(af, "byWho")).orElse(blankToNull(a.owner()));
            rows.add(Arrays.asList(first ? strategy : null, a.number() + " " + a.description(), when, who, first ? priorities : null));
            first = false;
            if (when == null) missing.add("Step " + a.number() + " has no by when");
            if (who == null) missing.add("Step " + a.number() + " has no by who");
        }
    }

    /**
     * @return the strategy's Five SFSS Priorities, named: those the team chose, else its (or its milestones') SFSS
     *         codes, else its Four Domains codes read through the crosswalk (said so); {@code null} when there is none
     */
    private static String priorities(Strategy s, List<String> chosen, Crosswalk fromFourDomains) {
        if (!chosen.isEmpty()) return named(chosen);
        List<String> codes = new ArrayList<>(s.codes());
        for (Milestone m : s.milestones()) m.codes().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        List<String> own = codes.stream().filter(c -> Packs.FRAMEWORK.practice(c).isPresent()).toList();
        if (!own.isEmpty()) return named(own);
        if (fromFourDomains == null) return null;
        Map<String, List<String>> via = new LinkedHashMap<>();
        for (String c : codes) for (String p : fromFourDomains.map(c)) via.computeIfAbsent(p, x -> new ArrayList<>()).add(c.toUpperCase(Locale.ROOT));
        if (via.isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        Packs.FRAMEWORK.domains().stream().flatMap(d -> d.practices().stream()).filter(p -> via.containsKey(p.code()))
                .forEach(p -> parts.add(p.code() + " " + p.name() + " (from Four Domains " + String.join(", ", via.get(p.code())) + ")"));
        return String.join("; ", parts) + ", through Braid's crosswalk";
    }

    private static String named(List<String> codes) {
        return String.join("; ", codes.stream().map(c -> Packs.FRAMEWORK.practice(c).map(p -> p.code() + " " + p.name()).orElse(c)).toList());
    }

    private List<TemplateSection> sectionTwo(SectionTwo two) {
        List<TemplateSection> out = new ArrayList<>();
        String requires = DOC.path("section2Requires").asText();
        for (JsonNode part : DOC.path("section2")) {
            String id = part.path("id").asText(), title = part.path("title").asText();
            List<String> cols = new ArrayList<>();
            part.path("columns").forEach(c -> cols.add(c.asText()));
            List<String[]> rows = rows(two, id);
            List<Entry> entries = new ArrayList<>();
            if (id.equals("resources") && !rows.isEmpty()) entries.add(new Entry("Total anticipated costs", money(two.totalCost()), 0));
            List<String> missing = rows.isEmpty() && part.path("required").asBoolean() ? List.of("Section 2 lists no " + title.toLowerCase(Locale.ROOT)
                    + " (" + cols.get(0) + ")") : List.of();
            // the seed's three-column table of each of the Four R's (and partners)
            Table table = new Table(null, cols, rows.stream().map(Arrays::asList).toList());
            out.add(new TemplateSection("section-2-" + id, "Section 2: " + title, requires, entries, missing, List.of(table)));
        }
        out.add(text("section-2-resource-alignment", DOC.path("resourceAlignment"), two.resourceAlignment()));
        out.add(text("section-2-infrastructure", DOC.path("infrastructure"), two.infrastructure()));
        return out;
    }

    private static TemplateSection text(String id, JsonNode doc, String value) {
        String title = doc.path("title").asText();
        return new TemplateSection(id, "Section 2: " + title, doc.path("requires").asText(), value == null ? List.of() : List.of(new Entry(title, value, 0)),
                value == null ? List.of("Section 2 has no " + title.toLowerCase(Locale.ROOT)) : List.of());
    }

    /** @return a part's rows as the template's three columns (the cost formatted as dollars) */
    private static List<String[]> rows(SectionTwo two, String part) {
        return switch (part) {
            case "rules" -> two.rules().stream().map(r -> new String[] {r.policy(), r.adjustments(), r.supports()}).toList();
            case "roles" -> two.roles().stream().map(r -> new String[] {r.role(), r.shifts(), r.supports()}).toList();
            case "relationships" -> two.relationships().stream().map(r -> new String[] {r.structure(), r.who(), r.notes()}).toList();
            case "resources" -> two.resources().stream()
                    .map(r -> new String[] {r.expenditure(), r.anticipatedCost() == null ? null : money(r.anticipatedCost()), r.fundingSource()}).toList();
            case "partners" -> two.partners().stream().map(r -> new String[] {r.role(), r.shifts(), r.supports()}).toList();
            default -> throw new IllegalStateException("no part " + part + " in Section 2");
        };
    }

    private static String money(java.math.BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    private static void required(List<Entry> entries, List<String> missing, String label, String value, String whenMissing) {
        if (value == null) missing.add(whenMissing);
        else entries.add(new Entry(label, value, 1));
    }

    private static String text(Map<String, Object> f, String name) {
        return f.get(name) instanceof String s ? blankToNull(s) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> texts(Object v) {
        if (!(v instanceof List<?> list)) return List.of();
        return list.stream().filter(x -> x instanceof String s && !s.isBlank()).map(x -> ((String) x).strip()).toList();
    }
}
