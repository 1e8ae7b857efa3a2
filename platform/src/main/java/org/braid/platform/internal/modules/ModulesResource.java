package org.braid.platform.internal.modules;

import java.util.List;

import org.braid.core.model.Page;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.platform.internal.store.JdbcDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Health for load balancers and people, and the administrator's module switches. */
@Component(service = RestResource.class)
public class ModulesResource implements RestResource {
    /**
     * What {@code GET /api/health} answers: UP when every module turned on is ACTIVE, else STARTING; and the store in use,
     * {@code derby} or {@code postgresql}.
     */
    public record Health(Status status, String store, List<ModuleStatus> modules) {
        /** Whether all of Braid serves. */
        public enum Status { UP, STARTING }
    }

    private final ModuleRegistry registry;
    private final JdbcDatabase db;
    /** Says which modules came from a KAR and can be uninstalled; absent without Karaf's KAR service. */
    private volatile ModuleInstaller installer;

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry, @Reference JdbcDatabase db) {
        this.registry = registry;
        this.db = db;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setInstaller(ModuleInstaller installer) {
        this.installer = installer;
    }

    void unsetInstaller(ModuleInstaller installer) {
        if (this.installer == installer) this.installer = null;
    }

    /** @return every installed module, each saying whether it can be uninstalled */
    private List<ModuleStatus> modules() {
        return registry.modules().stream().map(this::removable).toList();
    }

    /** @return the module's status saying whether it came from a KAR and can be uninstalled */
    private ModuleStatus removable(ModuleStatus m) {
        ModuleInstaller kars = installer;
        return m.withRemovable(kars != null && kars.removable(m.id()));
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                Operation.get("/health", "UP when every module turned on is ACTIVE, else STARTING; the store in use (derby or postgresql); and the state of each module", Access.open(), req -> {
                    db.transaction(c -> c.isValid(2));
                    List<ModuleStatus> modules = modules();
                    // UP only when every module turned on is serving: a load balancer waits for the whole of Braid
                    boolean up = modules.stream().allMatch(m -> !m.enabled() || m.state().equals("ACTIVE"));
                    return ApiReply.ok(new Health(up ? Health.Status.UP : Health.Status.STARTING, db.store(), modules));
                }).returning(Health.class),
                Operation.get("/admin/modules", "Every installed module with its state", Access.admin(), req -> ApiReply.ok(Page.of(modules())))
                        .returningList(ModuleStatus.class),
                Operation.get("/admin/modules/{id}", "One module; its ETag is the version an uninstall names", Access.admin(), req -> {
                    String id = req.path("id");
                    return ApiReply.ok(removable(registry.module(id))).version(registry.installedAt(id));
                })
                        .returning(ModuleStatus.class),
                Operation.put("/admin/modules/{id}", "Turn a module on or off, now and after restarts", ModuleSwitch.class, Access.admin(), req -> {
                    ModuleSwitch s = req.body(ModuleSwitch.class);
                    if (s.enabled() == null) throw new ValidationException("enabled", "is required: true or false");
                    return ApiReply.ok(removable(registry.setEnabled(req.path("id"), s.enabled())));
                }).returning(ModuleStatus.class));
    }
}
