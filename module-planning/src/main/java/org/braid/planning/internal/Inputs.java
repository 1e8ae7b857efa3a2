package org.braid.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.model.Checks;

/**
 * The bodies of the plan-element operations, with the field rules that need no other record. Each also takes an element as
 * read (GET, change, PUT back): its read-only fields (id, number, children) are ignored.
 */
final class Inputs {
    private Inputs() {
    }

    /** {@code POST /plans/{id}/priority-areas}, {@code PUT /priority-areas/{id}}; {@code position} (1-based) moves it. */
    @JsonIgnoreProperties({"id", "planId", "number", "strategies"})
    record AreaInput(String title, String description, Integer position, Long version) {
        Checks check() {
            return positive(new Checks().text("title", title, 500).maxLength("description", description, 4000), position);
        }
    }

    /** A strategy; {@code priorityAreaId} on a PUT moves it to another priority area of the same plan. */
    @JsonIgnoreProperties({"id", "number", "measures", "milestones"})
    record StrategyInput(@JsonProperty("if") String ifPart, String then, String and, List<String> codes, String startYear, String endYear,
            List<String> goalIds, String priorityAreaId, Integer position, Long version) {
        Checks check() {
            Checks c = new Checks().text("if", ifPart, 2000).text("then", then, 2000).text("and", and, 2000)
                    .required("startYear", startYear).required("endYear", endYear)
                    .schoolYear("startYear", startYear).schoolYear("endYear", endYear);
            if (startYear != null && endYear != null && Checks.isSchoolYear(startYear) && Checks.isSchoolYear(endYear)
                    && firstYear(endYear) <= firstYear(startYear)) {
                c.add("endYear", "a strategy spans at least two school years: endYear must be after startYear");
            }
            list(c, "codes", codes, 20);
            list(c, "goalIds", goalIds, 20);
            return positive(c, position);
        }
    }

    /** A strategy measure; {@code baseline} and each target may be a number or a short text. */
    @JsonIgnoreProperties({"id", "strategyId", "number"})
    record MeasureInput(String indicator, String dataSource, JsonNode baseline, Map<String, JsonNode> targets, Integer position, Long version) {
        Checks check() {
            Checks c = new Checks().text("indicator", indicator, 1000).maxLength("dataSource", dataSource, 500);
            if (baseline != null && !baseline.isNull() && !baseline.isNumber() && !baseline.isTextual()) c.add("baseline", "must be a number or a text");
            else c.maxLength("baseline", baselineText(), 200);
            if (targets != null) {
                for (Map.Entry<String, JsonNode> t : targets.entrySet()) {
                    if (!Checks.isSchoolYear(t.getKey())) c.add("targets." + t.getKey(), "must be keyed by a school year like 2026-27");
                    else if (t.getValue() == null || !(t.getValue().isNumber() || t.getValue().isTextual())) c.add("targets." + t.getKey(), "must be a number or a text");
                    else if (t.getValue().isTextual() && t.getValue().asText().length() > 100) c.add("targets." + t.getKey(), "must be at most 100 characters");
                }
            }
            return positive(c, position);
        }

        String baselineText() {
            return baseline == null || baseline.isNull() ? null : baseline.isTextual() ? baseline.asText() : baseline.toString();
        }
    }

    /** A milestone; {@code strategyId} on a PUT moves it to another strategy of the same plan. */
    @JsonIgnoreProperties({"id", "number", "actions"})
    record MilestoneInput(String description, String dueDate, List<String> codes, String strategyId, Integer position, Long version) {
        Checks check() {
            Checks c = new Checks().text("description", description, 2000);
            date(c, "dueDate", dueDate);
            list(c, "codes", codes, 20);
            return positive(c, position);
        }
    }

    /** An action; {@code outputs} is a text or a list of texts; {@code milestoneId} on a PUT moves it. */
    @JsonIgnoreProperties({"id", "number"})
    record ActionInput(String description, String owner, List<String> collaborators, String startDate, String dueDate, String resources,
            BigDecimal budget, String fundingSource, JsonNode outputs, List<String> codes, String milestoneId, Integer position, Long version) {
        Checks check() {
            Checks c = new Checks().text("description", description, 2000).maxLength("owner", owner, 200)
                    .maxLength("resources", resources, 2000).maxLength("fundingSource", fundingSource, 200);
            LocalDate s = date(c, "startDate", startDate), d = date(c, "dueDate", dueDate);
            if (s != null && d != null && d.isBefore(s)) c.add("dueDate", "must not be before startDate");
            if (budget != null && budget.signum() < 0) c.add("budget", "must not be negative");
            if (budget != null && (budget.scale() > 2 || budget.precision() - budget.scale() > 12)) c.add("budget", "must have at most 12 digits and 2 decimals");
            list(c, "collaborators", collaborators, 50);
            list(c, "codes", codes, 20);
            if (outputs != null && !outputs.isNull()) {
                if (outputs.isTextual()) c.maxLength("outputs", outputs.asText(), 1000);
                else if (!outputs.isArray()) c.add("outputs", "must be a text or a list of texts");
                else for (int i = 0; i < outputs.size(); i++) {
                    if (!outputs.get(i).isTextual() || outputs.get(i).asText().isBlank()) c.add("outputs[" + i + "]", "must be a text");
                    else c.maxLength("outputs[" + i + "]", outputs.get(i).asText(), 1000);
                }
            }
            return positive(c, position);
        }

        List<String> outputList() {
            List<String> out = new ArrayList<>();
            if (outputs == null || outputs.isNull()) return out;
            if (outputs.isTextual()) {
                if (!outputs.asText().isBlank()) out.add(outputs.asText().strip());
            } else {
                outputs.forEach(o -> out.add(o.asText().strip()));
            }
            return out;
        }
    }

    static int firstYear(String schoolYear) {
        return Integer.parseInt(schoolYear.substring(0, 4));
    }

    /** @return the date, or {@code null} when absent or malformed (then a violation is added) */
    static LocalDate date(Checks c, String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            c.add(field, "must be a date like 2026-09-30");
            return null;
        }
    }

    private static void list(Checks c, String field, List<String> values, int max) {
        if (values == null) return;
        if (values.size() > max) c.add(field, "must have at most " + max + " entries");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) c.add(field + "[" + i + "]", "must not be blank");
            else c.maxLength(field + "[" + i + "]", values.get(i), 200);
        }
    }

    private static Checks positive(Checks c, Integer position) {
        if (position != null && position < 1) c.add("position", "must be 1 or more");
        return c;
    }
}
