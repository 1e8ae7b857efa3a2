package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.braid.core.spi.CodingFramework;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.Strategy;

/**
 * Whether the codes in a plan are still valid: each keeps the framework it was given in, and that framework may since
 * have been removed, or replaced by a newer version of its pack that no longer has the code.
 */
final class CodeCheck {
    /** The framework a plan's organization codes to now, with its installed version. */
    record Framework(String id, String name, String version) {}

    /** A code the plan keeps that its framework's installed version does not have, or whose framework is not installed. */
    record CodeProblem(String elementId, ElementKind kind, String number, String frameworkId, String code, String problem) {}

    /** The plan's framework and the codes to look at again (none when every code is valid). */
    record Report(String planId, Framework framework, List<CodeProblem> items) {}

    private CodeCheck() {
    }

    /**
     * @param current   the framework of the plan's organization, if any is installed
     * @param stored    the codes of the plan's elements with their framework, by element id
     * @param installed an installed framework by id
     */
    static Report check(PlanTree plan, Optional<CodingFramework> current, Map<String, Codes.Coded> stored,
            Function<String, Optional<CodingFramework>> installed) {
        Map<String, Object[]> elements = new LinkedHashMap<>();
        for (Strategy s : plan.strategies()) elements.put(s.id(), new Object[] {ElementKind.STRATEGY, "Strategy " + s.number()});
        for (Milestone m : plan.milestones()) elements.put(m.id(), new Object[] {ElementKind.MILESTONE, "Milestone " + m.number()});
        for (Action x : plan.actions()) elements.put(x.id(), new Object[] {ElementKind.ACTION, "Action " + x.number()});
        List<CodeProblem> out = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : elements.entrySet()) {
            Codes.Coded coded = stored.get(e.getKey());
            if (coded == null || coded.codes().isEmpty()) continue;
            String fw = coded.frameworkId();
            Optional<CodingFramework> theirs = fw == null ? Optional.empty() : installed.apply(fw);
            for (String code : coded.codes()) {
                String problem = theirs.isEmpty() ? "its framework (" + (fw == null ? "unknown" : fw) + ") is not installed"
                        : theirs.get().practice(code).isEmpty() ? "the installed version " + theirs.get().version() + " of " + theirs.get().name()
                                + " no longer has it" : null;
                if (problem != null) out.add(new CodeProblem(e.getKey(), (ElementKind) e.getValue()[0], (String) e.getValue()[1], fw, code, problem));
            }
        }
        return new Report(plan.id(), current.map(f -> new Framework(f.id(), f.name(), f.version())).orElse(null), out);
    }
}
