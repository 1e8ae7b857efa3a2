package org.braid.planning.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register as an OSGi service (whiteboard) to hear of every change to a plan, for example to keep a module's own
 * aggregates fresh without polling. Called synchronously in the transaction of the change: a listener that throws
 * rolls the change back, so keep it short and let only real failures escape.
 */
@ConsumerType
public interface PlanListener {

    void planChanged(PlanEvent event);
}
