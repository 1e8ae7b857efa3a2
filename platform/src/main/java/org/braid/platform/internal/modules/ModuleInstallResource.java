package org.braid.platform.internal.modules;

import java.util.List;

import org.braid.core.model.PreconditionRequiredException;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Installing a module's KAR into the running Braid, and uninstalling it: served while Karaf's KAR service is there. */
@Component(service = RestResource.class)
public class ModuleInstallResource implements RestResource {
    private final ModuleInstaller installer;
    private final ModuleRegistry registry;

    @Activate
    public ModuleInstallResource(@Reference ModuleInstaller installer, @Reference ModuleRegistry registry) {
        this.installer = installer;
        this.registry = registry;
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                Operation.post("/admin/modules", "Install a module: its KAR as the body (application/octet-stream); its API and pages appear at once",
                        byte[].class, Access.admin(), req -> ApiReply.created(installer.install(req.body(byte[].class)).withRemovable(true)))
                        .returning(ModuleStatus.class),
                Operation.delete("/admin/modules/{id}", "Uninstall a module installed from a KAR; its data stays for when it is installed again",
                        Access.admin(), req -> {
                            String id = req.path("id");
                            long seen = req.ifMatch().orElseThrow(() -> new PreconditionRequiredException(
                                    "send the ETag of GET /api/admin/modules/" + id + " as If-Match"));
                            installer.uninstall(id, seen);
                            return ApiReply.noContent();
                        }));
    }
}
