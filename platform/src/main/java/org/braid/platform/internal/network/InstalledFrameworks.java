package org.braid.platform.internal.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworkProvider;
import org.braid.core.spi.CodingFrameworks;
import org.braid.core.spi.Crosswalk;
import org.braid.core.spi.CrosswalkProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/** The coding frameworks whichever bundles bring, and the one the administrator put in force. */
@Component(service = CodingFrameworks.class, configurationPid = "org.braid.frameworks")
@Designate(ocd = FrameworksConfig.class)
public class InstalledFrameworks implements CodingFrameworks {
    private final List<CodingFrameworkProvider> providers = new CopyOnWriteArrayList<>();
    private volatile String chosen = "four-domains";

    @Activate
    @Modified
    void configure(FrameworksConfig config) {
        chosen = config.active().strip();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(CodingFrameworkProvider p) {
        providers.add(p);
    }

    void removeProvider(CodingFrameworkProvider p) {
        providers.remove(p);
    }

    private final List<CrosswalkProvider> crosswalks = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCrosswalks(CrosswalkProvider p) {
        crosswalks.add(p);
    }

    void removeCrosswalks(CrosswalkProvider p) {
        crosswalks.remove(p);
    }

    @Override
    public List<CodingFramework> installed() {
        return providers.stream().map(CodingFrameworkProvider::framework).sorted(Comparator.comparing(CodingFramework::id)).toList();
    }

    @Override
    public Optional<CodingFramework> active() {
        List<CodingFramework> all = installed();
        return all.stream().filter(f -> f.id().equals(chosen)).findFirst().or(() -> all.stream().findFirst());
    }

    @Override
    public Optional<Crosswalk> crosswalk(String from, String to) {
        for (CrosswalkProvider p : crosswalks) {
            for (Crosswalk c : p.crosswalks()) {
                if (c.from().equals(from) && c.to().equals(to)) return Optional.of(c);
                if (c.from().equals(to) && c.to().equals(from)) return Optional.of(c.inverse());
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<CodingFramework> activeFor(String orgId) {
        return active();
    }
}
