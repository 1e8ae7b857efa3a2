package org.braid.planning.internal;

import org.braid.core.spi.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the Planning module while it is active. */
@Component(service = ModuleDescriptor.class)
public class PlanningModule implements ModuleDescriptor {
    static final String ID = "planning";
    private final String version;

    /**
     * @param store not used: referenced so that the module counts as active only once its tables are
     *              migrated and its plans can be served, exported and imported
     */
    @Activate
    public PlanningModule(BundleContext context, @Reference PlanStore store) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Planning";
    }

    @Override
    public String version() {
        return version;
    }
}
