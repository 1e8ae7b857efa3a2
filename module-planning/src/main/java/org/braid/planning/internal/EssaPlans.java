package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.braid.core.spi.SeedData;
import org.braid.planning.api.PlanTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Registers the required plans planning ships (Title I schoolwide, CSI, TSI/ATSI), read from
 * {@code /templates/essa-plans.json}, as {@link PlanTemplate} services like any state pack's.
 */
@Component(immediate = true)
public class EssaPlans {
    static final String FILE = "/templates/essa-plans.json";
    private final List<ServiceRegistration<PlanTemplate>> registrations = new ArrayList<>();

    @Activate
    public EssaPlans(BundleContext context, @Reference PlanVersions versions) {
        for (RequiredPlan plan : read(versions::list)) {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("template.id", plan.id());
            registrations.add(context.registerService(PlanTemplate.class, plan, props));
        }
    }

    @Deactivate
    void stop() {
        for (ServiceRegistration<PlanTemplate> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping: the framework unregistered it
            }
        }
    }

    /** @param versions the plan's submitted versions, by plan id */
    static List<RequiredPlan> read(java.util.function.Function<String, List<PlanVersions.Version>> versions) {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        RequiredPlan.Data data = mapper.convertValue(SeedData.read(EssaPlans.class, FILE), RequiredPlan.Data.class);
        return data.templates().stream().map(d -> new RequiredPlan(d, versions)).toList();
    }
}
