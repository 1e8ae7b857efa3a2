package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.braid.core.model.RuleViolationException;
import org.braid.core.model.Violation;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Checks plan codes against the coding framework in force, which the platform decides. */
@Component(service = Codes.class)
public class Codes {
    private final CodingFrameworks frameworks;

    @Activate
    public Codes(@Reference CodingFrameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** @return the framework in force, if any is installed */
    public Optional<CodingFramework> active() {
        return frameworks.active();
    }

    /**
     * @param field  the name of the list in the body, e.g. {@code codes}
     * @param codes  the codes sent
     * @return the codes in the framework's spelling (e.g. {@code 3C}), without duplicates
     * @throws RuleViolationException naming each unknown code, or when no framework is installed
     */
    public List<String> validate(String field, List<String> codes) {
        if (codes == null || codes.isEmpty()) return List.of();
        return validate(active().orElseThrow(() -> new RuleViolationException(field, "no coding framework is installed")), field, codes);
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
