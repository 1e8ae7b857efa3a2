package org.braid.platform.internal.network;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.braid.core.model.NotFoundException;
import org.braid.core.model.Page;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworkProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code /api/frameworks}: the coding frameworks installed, from whichever bundles bring them. */
@Component(service = RestResource.class)
public class FrameworkResource implements RestResource {
    /** A framework in the list: which one, without its practices. */
    public record Summary(String id, String name, String version) {}

    private final List<CodingFrameworkProvider> providers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(CodingFrameworkProvider p) {
        providers.add(p);
    }

    void removeProvider(CodingFrameworkProvider p) {
        providers.remove(p);
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                Operation.get("/frameworks", "The coding frameworks installed", Access.signedIn(), req -> ApiReply.ok(Page.of(providers.stream()
                        .map(CodingFrameworkProvider::framework).sorted(Comparator.comparing(CodingFramework::id))
                        .map(f -> new Summary(f.id(), f.name(), f.version())).toList()))).returningList(Summary.class),
                Operation.get("/frameworks/{id}", "A coding framework with its domains and practices", Access.signedIn(),
                        req -> ApiReply.ok(providers.stream().map(CodingFrameworkProvider::framework)
                                .filter(f -> f.id().equals(req.path("id"))).findFirst()
                                .orElseThrow(() -> new NotFoundException("framework", req.path("id")))))
                        .returning(CodingFramework.class));
    }
}
