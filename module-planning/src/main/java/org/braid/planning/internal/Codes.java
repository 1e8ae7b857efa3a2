package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.braid.core.model.RuleViolationException;
import org.braid.core.model.Violation;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworkProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The state's active coding framework, against which plan codes are checked: the Four Domains when it is
 * installed, otherwise the first framework installed (by id).
 */
@Component(service = Codes.class)
public class Codes {
    static final String DEFAULT_FRAMEWORK = "four-domains";
    private final List<CodingFrameworkProvider> providers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(CodingFrameworkProvider p) {
        providers.add(p);
    }

    void removeProvider(CodingFrameworkProvider p) {
        providers.remove(p);
    }

    /** @return the active framework, if any is installed */
    public Optional<CodingFramework> active() {
        List<CodingFramework> all = providers.stream().map(CodingFrameworkProvider::framework)
                .sorted(Comparator.comparing(CodingFramework::id)).toList();
        return all.stream().filter(f -> f.id().equals(DEFAULT_FRAMEWORK)).findFirst().or(() -> all.stream().findFirst());
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
