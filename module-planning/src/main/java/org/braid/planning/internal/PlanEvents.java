package org.braid.planning.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.braid.planning.api.PlanEvent;
import org.braid.planning.api.PlanListener;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Tells the registered {@link PlanListener}s (whiteboard) of each change, in the transaction of the change. */
@Component(service = PlanEvents.class)
public class PlanEvents {
    private final List<PlanListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(PlanListener l) {
        listeners.add(l);
    }

    void removeListener(PlanListener l) {
        listeners.remove(l);
    }

    /** @return whether anyone listens, so that callers read what an event needs only then */
    boolean heard() {
        return !listeners.isEmpty();
    }

    void fire(PlanEvent event) {
        for (PlanListener l : listeners) l.planChanged(event);
    }
}
