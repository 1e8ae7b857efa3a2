package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.braid.core.model.RuleViolationException;
import org.braid.core.model.Violation;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checks plan codes against the coding framework of the plan's organization (the network's, or its district's where the
 * state lets districts choose), which the platform decides. Codes keep the framework they were given in.
 */
@Component(service = Codes.class)
public class Codes {
    /** An element's codes with the framework they belong to ({@code null} when no framework is installed and it has none). */
    public record Coded(String frameworkId, List<String> codes) {}

    private final CodingFrameworks frameworks;

    @Activate
    public Codes(@Reference CodingFrameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** @return the framework the organization's plans are coded to, if any is installed */
    public Optional<CodingFramework> activeFor(String orgId) {
        return frameworks.activeFor(orgId);
    }

    /** @return the installed framework with this id */
    public Optional<CodingFramework> installed(String id) {
        return frameworks.installed().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * @param orgId  the plan's organization, whose framework codes are checked against
     * @param stored the framework the element's codes were given in, asked only when the codes are not the
     *               organization's framework's (an element coded before the organization changed framework keeps its
     *               codes while their framework is installed); {@code null} for a new element
     * @param field  the name of the list in the body, e.g. {@code codes}
     * @param codes  the codes sent
     * @return the codes in the framework's spelling (e.g. {@code 3C}), without duplicates, with their framework
     * @throws RuleViolationException naming each unknown code, or when no framework is installed
     */
    public Coded validate(String orgId, Supplier<String> stored, String field, List<String> codes) {
        Optional<CodingFramework> current = activeFor(orgId);
        if (codes == null || codes.isEmpty()) return new Coded(current.map(CodingFramework::id).orElse(null), List.of());
        CodingFramework f = current.orElseThrow(() -> new RuleViolationException(field, "no coding framework is installed"));
        try {
            return new Coded(f.id(), validate(f, field, codes));
        } catch (RuleViolationException notTheOrganizations) {
            String was = stored == null ? null : stored.get();
            Optional<CodingFramework> theirs = was == null || was.equals(f.id()) ? Optional.empty() : installed(was);
            if (theirs.isEmpty()) throw notTheOrganizations;
            try {
                return new Coded(was, validate(theirs.get(), field, codes));
            } catch (RuleViolationException notTheirsEither) {
                throw notTheOrganizations;
            }
        }
    }

    static List<String> validate(CodingFramework framework, String field, List<String> codes) {
        List<String> out = new ArrayList<>();
        List<Violation> bad = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            var practice = framework.practice(code);
            if (practice.isEmpty()) {
                bad.add(new Violation(field + "[" + i + "]", "'" + code + "' is not a practice of " + framework.name()));
            } else if (!out.contains(practice.get().code().toUpperCase(Locale.ROOT))) {
                out.add(practice.get().code().toUpperCase(Locale.ROOT));
            }
        }
        if (!bad.isEmpty()) throw new RuleViolationException("unknown codes", bad);
        return out;
    }
}
