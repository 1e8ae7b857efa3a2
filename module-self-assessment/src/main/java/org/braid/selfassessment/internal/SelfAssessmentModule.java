package org.braid.selfassessment.internal;

import org.braid.core.spi.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Announces the Self-Assessment module while it is active. */
@Component(service = ModuleDescriptor.class)
public class SelfAssessmentModule implements ModuleDescriptor {
    static final String ID = "self-assessment";
    private final String version;

    @Activate
    public SelfAssessmentModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Self-Assessment";
    }

    @Override
    public String version() {
        return version;
    }
}
