package org.braid.monitoring.internal;

import org.braid.core.spi.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Announces the Monitoring module while it is active. */
@Component(service = ModuleDescriptor.class)
public class MonitoringModule implements ModuleDescriptor {
    static final String ID = "monitoring";
    private final String version;

    @Activate
    public MonitoringModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Monitoring";
    }

    @Override
    public String version() {
        return version;
    }
}
