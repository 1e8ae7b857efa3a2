package org.braid.monitoring.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.braid.core.model.NotFoundException;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworks;
import org.braid.core.spi.Domain;
import org.braid.core.spi.Practice;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The coding frameworks as the platform has them, and how the roll-up shows codes of one framework in another. */
@Component(service = Frameworks.class)
public class Frameworks {
    /**
     * The framework the roll-up's practice and domain cells are shown in, and the codes of other frameworks that count
     * in it through their crosswalks (a code no crosswalk maps keeps a cell of its own).
     */
    record View(CodingFramework framework, Map<String, List<String>> mapped) {
        /** @return the practices of the shown framework a stored code counts under */
        List<String> keys(String code) {
            return mapped.getOrDefault(code, List.of(code));
        }

        /** @return the stored codes that count under a practice of the shown framework: itself and those mapped to it */
        List<String> sources(String practice) {
            List<String> out = new java.util.ArrayList<>(List.of(practice));
            mapped.forEach((code, to) -> { if (to.contains(practice)) out.add(code); });
            return out;
        }
    }

    private final CodingFrameworks frameworks;

    @Activate
    public Frameworks(@Reference CodingFrameworks frameworks) {
        this.frameworks = frameworks;
    }

    /**
     * @param id    a framework's id, or {@code null} for the one in force for the organization
     * @param orgId the organization whose roll-up is shown: a district that chose its own framework (where the state
     *              lets districts choose) sees its roll-up, and its schools', in that framework; others in the network's
     * @throws NotFoundException when no such framework is installed
     */
    View view(String id, String orgId) {
        CodingFramework shown = id == null || id.isBlank() ? (orgId == null ? frameworks.active() : frameworks.activeFor(orgId)).orElse(null)
                : frameworks.installed().stream().filter(f -> f.id().equals(id.strip())).findFirst()
                        .orElseThrow(() -> new NotFoundException("framework", id));
        if (shown == null) return new View(null, Map.of());
        Set<String> own = codes(shown);
        Map<String, List<String>> mapped = new HashMap<>();
        for (CodingFramework other : frameworks.installed()) {
            if (other.id().equals(shown.id())) continue;
            frameworks.crosswalk(other.id(), shown.id()).ifPresent(walk -> {
                for (String code : codes(other)) {
                    List<String> to = walk.map(code).stream().map(c -> c.toUpperCase(Locale.ROOT)).filter(own::contains).toList();
                    if (!to.isEmpty() && !own.contains(code)) mapped.put(code, to);
                }
            });
        }
        return new View(shown, Map.copyOf(mapped));
    }

    /** @return the practice codes of every installed framework: a support may address any of them */
    Set<String> practiceCodes() {
        Set<String> out = new TreeSet<>();
        for (CodingFramework f : frameworks.installed()) out.addAll(codes(f));
        return out;
    }

    private static Set<String> codes(CodingFramework f) {
        Set<String> out = new TreeSet<>();
        for (Domain d : f.domains()) for (Practice p : d.practices()) out.add(p.code().toUpperCase(Locale.ROOT));
        return out;
    }
}
