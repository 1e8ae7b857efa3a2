package org.braid.coaching.internal;

import org.braid.core.spi.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the Coaching module while it is active. */
@Component(service = ModuleDescriptor.class)
public class CoachingModule implements ModuleDescriptor {
    static final String ID = "coaching";
    private final String version;

    /**
     * @param store not used: referenced so that the module counts as active only once its tables are migrated
     */
    @Activate
    public CoachingModule(BundleContext context, @Reference CommentStore store) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Coaching";
    }

    @Override
    public String version() {
        return version;
    }
}
