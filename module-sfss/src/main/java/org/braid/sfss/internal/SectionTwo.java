package org.braid.sfss.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.braid.core.model.Checks;

/**
 * Section 2 of a plan's SFSS action plan: the Four R's of System Change (rules, roles, relationships, resources with
 * anticipated costs and funding sources), the partners' roles, resource alignment and infrastructure/system management.
 *
 * @param planId  the plan it belongs to (ignored in a request body)
 * @param version 0 while nothing is saved; an update sends the version it read
 */
public record SectionTwo(String planId, List<Rule> rules, List<RoleShift> roles, List<Relationship> relationships, List<Resource> resources,
        List<PartnerRole> partners, String resourceAlignment, String infrastructure, Long version) {
    static final int ROWS = 20, CELL = 2000, TEXT = 4000;
    static final BigDecimal MAX_COST = new BigDecimal("999999999999.99");

    public SectionTwo {
        rules = rules == null ? List.of() : List.copyOf(rules);
        roles = roles == null ? List.of() : List.copyOf(roles);
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
        resources = resources == null ? List.of() : List.copyOf(resources);
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /** A policy, protocol, code or guideline that needs to be adjusted. */
    public record Rule(String policy, String adjustments, String supports) {}

    /** A shifting (or new) role, the shifts in its expectations, and the supports/PD it needs. */
    public record RoleShift(String role, String shifts, String supports) {}

    /** A teaming/collaboration structure to create or adjust, who is involved, and key notes (methodology, frequency). */
    public record Relationship(String structure, String who, String notes) {}

    /** An expenditure/budget implication, its anticipated cost, and its funding source or reallocation. */
    public record Resource(String expenditure, BigDecimal anticipatedCost, String fundingSource) {}

    /** A partner's role, the shifts in its responsibility/focus, and the supports it needs to make the shift. */
    public record PartnerRole(String role, String shifts, String supports) {}

    /** @return an empty Section 2 of the plan, version 0 */
    static SectionTwo none(String planId) {
        return new SectionTwo(planId, null, null, null, null, null, null, null, 0L);
    }

    /** @return the sum of the anticipated costs (0 when none is given) */
    BigDecimal totalCost() {
        return resources.stream().map(Resource::anticipatedCost).filter(c -> c != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Checks a Section 2 sent by a plan's team and tidies it: texts trimmed (blank means none), rows with nothing in
     * them left out; a row needs its first column.
     *
     * @throws org.braid.core.model.ValidationException naming each field that is wrong, e.g. {@code resources[1].anticipatedCost}
     */
    SectionTwo checked(String forPlan) {
        Checks checks = new Checks();
        List<Rule> ru = rows(checks, "rules", rules, r -> new String[] {r.policy(), r.adjustments(), r.supports()},
                new String[] {"policy", "adjustments", "supports"}, t -> new Rule(t[0], t[1], t[2]));
        List<RoleShift> ro = rows(checks, "roles", roles, r -> new String[] {r.role(), r.shifts(), r.supports()},
                new String[] {"role", "shifts", "supports"}, t -> new RoleShift(t[0], t[1], t[2]));
        List<Relationship> re = rows(checks, "relationships", relationships, r -> new String[] {r.structure(), r.who(), r.notes()},
                new String[] {"structure", "who", "notes"}, t -> new Relationship(t[0], t[1], t[2]));
        List<PartnerRole> pa = rows(checks, "partners", partners, r -> new String[] {r.role(), r.shifts(), r.supports()},
                new String[] {"role", "shifts", "supports"}, t -> new PartnerRole(t[0], t[1], t[2]));
        List<Resource> rs = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            Resource r = resources.get(i);
            String at = "resources[" + i + "].";
            if (r == null) continue;
            BigDecimal cost = r.anticipatedCost();
            if (cost != null && (cost.signum() < 0 || cost.compareTo(MAX_COST) > 0 || cost.scale() > 2)) {
                checks.add(at + "anticipatedCost", "must be an amount in dollars from 0 to " + MAX_COST.toPlainString() + ", with at most two decimals");
            }
            String[] t = {tidy(checks, at + "expenditure", r.expenditure(), CELL), tidy(checks, at + "fundingSource", r.fundingSource(), CELL)};
            if (t[0] == null && t[1] == null && cost == null) continue;
            if (t[0] == null) checks.add(at + "expenditure", "is required: the expenditure or budget implication");
            rs.add(new Resource(t[0], cost, t[1]));
        }
        if (resources.size() > ROWS) checks.add("resources", "at most " + ROWS + " rows");
        String alignment = tidy(checks, "resourceAlignment", resourceAlignment, TEXT), infra = tidy(checks, "infrastructure", infrastructure, TEXT);
        checks.throwIfAny();
        return new SectionTwo(forPlan, ru, ro, re, rs, pa, alignment, infra, version);
    }

    private static <R> List<R> rows(Checks checks, String part, List<R> in, Function<R, String[]> cells, String[] names, Function<String[], R> make) {
        List<R> out = new ArrayList<>();
        if (in.size() > ROWS) checks.add(part, "at most " + ROWS + " rows");
        for (int i = 0; i < in.size(); i++) {
            R row = in.get(i);
            if (row == null) continue;
            String[] raw = cells.apply(row), t = new String[raw.length];
            boolean any = false;
            for (int c = 0; c < raw.length; c++) {
                t[c] = tidy(checks, part + "[" + i + "]." + names[c], raw[c], CELL);
                any |= t[c] != null;
            }
            if (!any) continue;
            if (t[0] == null) checks.add(part + "[" + i + "]." + names[0], "is required when the row has anything in it");
            out.add(make.apply(t));
        }
        return out;
    }

    private static String tidy(Checks checks, String field, String value, int max) {
        if (value == null) return null;
        String t = value.strip();
        checks.maxLength(field, t, max);
        return t.isEmpty() ? null : t;
    }
}
