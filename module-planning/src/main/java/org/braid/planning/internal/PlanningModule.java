package org.braid.planning.internal;

import org.braid.core.spi.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Announces the Planning module while it is active. */
@Component(service = ModuleDescriptor.class)
public class PlanningModule implements ModuleDescriptor {
    static final String ID = "planning";
    private final String version;

    @Activate
    public PlanningModule(BundleContext context) {
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
