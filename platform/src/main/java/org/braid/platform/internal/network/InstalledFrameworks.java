package org.braid.platform.internal.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.braid.core.model.NotFoundException;
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

/**
 * The coding frameworks whichever bundles bring, and the one in force: the administrator's choice kept in the store
 * (every node follows it), else the configuration's ({@code org.braid.frameworks active}), else the first installed by
 * id. Where the state allows it, a district's own choice is in force for the district and its schools.
 */
@Component(service = {CodingFrameworks.class, InstalledFrameworks.class}, configurationPid = "org.braid.frameworks")
@Designate(ocd = FrameworksConfig.class)
public class InstalledFrameworks implements CodingFrameworks {
    /** One code of a framework and the codes of another it maps to: a row of {@code GET /api/frameworks/{id}/crosswalk/{otherId}}. */
    public record CrosswalkRow(String code, List<String> mapsTo) {}

    private final List<CodingFrameworkProvider> providers = new CopyOnWriteArrayList<>();
    /** The choices in the store; {@code null} without one (unit tests): the configuration decides. */
    private final FrameworkChoices choices;
    private volatile String configured = "four-domains";

    /** Without a store: the configuration alone chooses. */
    InstalledFrameworks() {
        this(null);
    }

    @Activate
    public InstalledFrameworks(@Reference FrameworkChoices choices) {
        this.choices = choices;
    }

    @Activate
    @Modified
    void configure(FrameworksConfig config) {
        configured = config.active().strip();
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

    /** @return the framework of this id, if installed */
    public Optional<CodingFramework> framework(String id) {
        return installed().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    @Override
    public Optional<CodingFramework> active() {
        List<CodingFramework> all = installed();
        String stored = choices == null ? null : choices.settings().codingFramework();
        return find(all, stored).or(() -> find(all, configured)).or(() -> all.stream().findFirst());
    }

    private static Optional<CodingFramework> find(List<CodingFramework> all, String id) {
        return id == null ? Optional.empty() : all.stream().filter(f -> f.id().equals(id)).findFirst();
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

    /**
     * @return every code of one framework, in the framework's order, with the codes of the other it maps to (none when
     *         unmapped)
     * @throws NotFoundException naming the framework that is not installed, or the crosswalk when none links them
     */
    public List<CrosswalkRow> crosswalkRows(String id, String otherId) {
        // the path's ids are named by their place, not echoed: an id that is not installed may be anything
        CodingFramework from = framework(id).orElseThrow(() -> new NotFoundException("framework (id): it is not installed", id));
        framework(otherId).orElseThrow(() -> new NotFoundException("framework (otherId): it is not installed", otherId));
        Crosswalk walk = crosswalk(id, otherId).orElseThrow(() -> new NotFoundException("crosswalk", "between " + id + " and " + otherId
                + ": no installed pack maps one onto the other"));
        return from.domains().stream().flatMap(d -> d.practices().stream())
                .map(p -> new CrosswalkRow(p.code(), walk.map(p.code()))).toList();
    }

    /** The district's own framework when the state allows districts to choose and it is installed, else the network's. */
    @Override
    public Optional<CodingFramework> activeFor(String orgId) {
        if (choices != null && orgId != null && choices.settings().districtsMayChoose()) {
            Optional<CodingFramework> own = choices.ofDistrict(orgId).flatMap(this::framework);
            if (own.isPresent()) return own;
        }
        return active();
    }
}
