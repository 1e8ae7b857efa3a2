package org.braid.selfassessment.internal;

import org.braid.core.spi.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the Self-Assessment module while it is active. */
@Component(service = ModuleDescriptor.class)
public class SelfAssessmentModule implements ModuleDescriptor {
    static final String ID = "self-assessment";
    private final String version;

    /**
     * @param store not used: referenced so that the module counts as active only once its tables are migrated
     */
    @Activate
    public SelfAssessmentModule(BundleContext context, @Reference ReflectionStore store) {
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
