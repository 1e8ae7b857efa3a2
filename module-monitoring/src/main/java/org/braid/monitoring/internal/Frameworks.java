package org.braid.monitoring.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworkProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The active coding framework, for the labels of domains and practices: the Four Domains when installed, else the first by id. */
@Component(service = Frameworks.class)
public class Frameworks {
    private final List<CodingFrameworkProvider> providers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(CodingFrameworkProvider p) {
        providers.add(p);
    }

    void removeProvider(CodingFrameworkProvider p) {
        providers.remove(p);
    }

    Optional<CodingFramework> active() {
        List<CodingFramework> all = providers.stream().map(CodingFrameworkProvider::framework).sorted(Comparator.comparing(CodingFramework::id)).toList();
        return all.stream().filter(f -> f.id().equals("four-domains")).findFirst().or(() -> all.stream().findFirst());
    }

    /** @return the practice codes of every installed framework: a support may address any of them */
    java.util.Set<String> practiceCodes() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (CodingFrameworkProvider p : providers) for (var d : p.framework().domains()) for (var pr : d.practices()) out.add(pr.code().toUpperCase(java.util.Locale.ROOT));
        return out;
    }
}
