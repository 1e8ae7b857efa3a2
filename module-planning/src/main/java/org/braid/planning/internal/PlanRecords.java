package org.braid.planning.internal;

import java.util.Locale;
import java.util.Optional;

import org.braid.core.model.NotFoundException;
import org.braid.core.spi.RecordLocator;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanElement;
import org.braid.planning.api.PlanService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Where planning's records sit: a plan, or one of its elements (priority area, strategy, measure, milestone, action). */
@Component(service = RecordLocator.class)
public class PlanRecords implements RecordLocator {
    private final PlanService plans;

    @Activate
    public PlanRecords(@Reference PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<RecordPlace> locate(String id) {
        try {
            PlanElement e = plans.element(id);
            return Optional.of(new RecordPlace(e.orgId(), e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        } catch (NotFoundException e) {
            // perhaps a plan
        }
        try {
            Plan p = plans.get(id);
            return Optional.of(new RecordPlace(p.orgId(), "plan"));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
