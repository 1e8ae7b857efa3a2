package org.braid.core.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register as an OSGi service (whiteboard) to tell the required plans drawn from an organization's plan what the module
 * knows of the organization's school year: the needs assessment that a comprehensive needs assessment was completed, its
 * priority needs and root causes; monitoring the status reports filed and the reviews held. Planning's templates check
 * and show them where the statute asks for them (planning API 1.4, {@code TemplateContext.facts}). Registered while the
 * module is on; the templates read a component as not shown when no module tells it. Called in the caller's transaction.
 * It lives here rather than in planning's API so that a module planning itself draws on (the needs assessment) can
 * contribute without depending on planning.
 *
 * @since 1.5
 */
@ConsumerType
public interface PlanFacts {

    /**
     * @param orgId      the plan's organization
     * @param schoolYear the plan's school year, e.g. {@code 2025-26}
     * @return what the module knows of that school year, in the order to show it; empty when nothing
     */
    List<PlanFact> facts(String orgId, String schoolYear);
}
