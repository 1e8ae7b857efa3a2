package org.braid.needsassessment.internal;

import org.braid.core.spi.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the Needs Assessment module while it is active. */
@Component(service = ModuleDescriptor.class)
public class NeedsAssessmentModule implements ModuleDescriptor {
    static final String ID = "needs-assessment";
    private final String version;

    /**
     * @param store not used: referenced so that the module counts as active only once its tables are
     *              migrated and its assessments can be served, exported and imported
     */
    @Activate
    public NeedsAssessmentModule(BundleContext context, @Reference AssessmentStore store) {
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
