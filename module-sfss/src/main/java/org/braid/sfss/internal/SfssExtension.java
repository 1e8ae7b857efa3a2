package org.braid.sfss.internal;

import java.util.Map;
import java.util.Set;

import org.braid.planning.api.ElementExtension;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.PlanService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The SFSS action plan's fields on plan elements ({@code extensions.sfss}): a challenge's description, data, target
 * outcomes and root causes A-D; a strategy's description and Five SFSS Priorities; a step's by when and by who.
 * Planning applies its own rules (access, drafts only, If-Match on the plan) before {@link #store}.
 */
@Component(service = ElementExtension.class)
public class SfssExtension implements ElementExtension {
    private final SfssStore store;
    private final PlanService plans;

    @Activate
    public SfssExtension(@Reference SfssStore store, @Reference PlanService plans) {
        this.store = store;
        this.plans = plans;
    }

    @Override
    public String id() {
        return SfssModule.ID;
    }

    @Override
    public Set<ElementKind> kinds() {
        return ElementFields.KINDS;
    }

    @Override
    public Map<String, Object> fields(String elementId) {
        return store.fields(elementId).map(ElementFields::toMap).orElse(Map.of());
    }

    /** @throws org.braid.core.model.NotFoundException when no plan has such an element */
    @Override
    public void store(String elementId, Map<String, Object> fields) {
        store.putFields(elementId, ElementFields.of(plans.element(elementId).kind(), fields));
    }

    @Override
    public void remove(String elementId) {
        store.removeFields(elementId);
    }
}
