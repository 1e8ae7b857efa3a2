package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

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
    private final ThreadLocal<List<PlanEvent>> held = new ThreadLocal<>();

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
        List<PlanEvent> h = held.get();
        if (h != null) h.add(event);
        else for (PlanListener l : listeners) l.planChanged(event);
    }

    /**
     * Runs the writing of whole plans (an import, the demo) with their events held back, then tells the listeners
     * once per plan rather than once per element, still in the same transaction: a listener that reads the plan
     * reads it once, complete.
     */
    <T> T whole(Supplier<T> work) {
        if (held.get() != null) return work.get();
        List<PlanEvent> events = new ArrayList<>();
        held.set(events);
        T out;
        try {
            out = work.get();
        } finally {
            held.remove();
        }
        for (PlanEvent e : coalesced(events)) fire(e);
        return out;
    }

    /** The changes of a plan's elements fold into its first CREATED or CHANGED event, about the plan as a whole. */
    static List<PlanEvent> coalesced(List<PlanEvent> events) {
        List<PlanEvent> out = new ArrayList<>();
        Map<String, Boolean> open = new HashMap<>();
        for (PlanEvent e : events) {
            boolean content = e.type() == PlanEvent.Type.CREATED || e.type() == PlanEvent.Type.CHANGED;
            if (!content) {
                out.add(e);
                open.remove(e.planId()); // what changes after a status change is told after it
            } else if (open.putIfAbsent(e.planId(), true) == null) {
                out.add(new PlanEvent(e.type(), e.planId(), e.orgId(), e.schoolYear(), null));
            }
        }
        return out;
    }
}
