package org.braid.needsassessment.internal;

import org.braid.core.spi.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Announces the Needs Assessment module while it is active. */
@Component(service = ModuleDescriptor.class)
public class NeedsAssessmentModule implements ModuleDescriptor {
    static final String ID = "needs-assessment";
    private final String version;

    @Activate
    public NeedsAssessmentModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Needs Assessment";
    }

    @Override
    public String version() {
        return version;
    }
}
