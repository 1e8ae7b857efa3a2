package org.braid.platform.internal.network;

import java.util.List;

import org.braid.core.model.NotFoundException;
import org.braid.core.model.Page;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.CodingFramework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/frameworks}: the coding frameworks installed, from whichever bundles bring them, and which is in force. */
@Component(service = RestResource.class)
public class FrameworkResource implements RestResource {
    /** A framework in the list: which one, without its practices, and whether plans are coded to it. */
    public record FrameworkSummary(String id, String name, String version, boolean active) {}

    private final InstalledFrameworks frameworks;

    @Activate
    public FrameworkResource(@Reference InstalledFrameworks frameworks) {
        this.frameworks = frameworks;
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                Operation.get("/frameworks", "The coding frameworks installed; active is the one plans are coded to", Access.signedIn(), req -> {
                    String active = frameworks.active().map(CodingFramework::id).orElse(null);
                    return ApiReply.ok(Page.of(frameworks.installed().stream()
                            .map(f -> new FrameworkSummary(f.id(), f.name(), f.version(), f.id().equals(active))).toList()));
                }).returningList(FrameworkSummary.class),
                Operation.get("/frameworks/{id}", "A coding framework with its domains and practices", Access.signedIn(),
                        req -> ApiReply.ok(frameworks.installed().stream().filter(f -> f.id().equals(req.path("id"))).findFirst()
                                .orElseThrow(() -> new NotFoundException("framework", req.path("id")))))
                        .returning(CodingFramework.class),
                Operation.get("/frameworks/{id}/crosswalk/{otherId}", "Every code of a framework, in its order, with the codes of another it maps to",
                        Access.signedIn(), req -> ApiReply.ok(Page.of(frameworks.crosswalkRows(req.path("id"), req.path("otherId")))))
                        .returningList(InstalledFrameworks.CrosswalkRow.class));
    }
}
