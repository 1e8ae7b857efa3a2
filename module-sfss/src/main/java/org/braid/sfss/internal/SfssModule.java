package org.braid.sfss.internal;

import org.braid.core.spi.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the SFSS state pack while it is active. */
@Component(service = ModuleDescriptor.class)
public class SfssModule implements ModuleDescriptor {
    static final String ID = "sfss";
    private final String version;

    /**
     * @param store not used: referenced so that the module counts as active only once its tables are migrated
     */
    @Activate
    public SfssModule(BundleContext context, @Reference SfssStore store) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "SFSS state pack";
    }

    @Override
    public String version() {
        return version;
    }
}
