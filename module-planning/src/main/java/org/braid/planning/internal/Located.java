package org.braid.planning.internal;

import org.braid.planning.api.ElementKind;
import org.braid.planning.api.Plan;

/**
 * An element found by id with where it sits and its plan: read once by a request's access check (which needs the
 * plan's organization) and handed on to the audit's "before" and to the change, which needs the plan's status and the
 * element's version.
 *
 * @param parentId the priority area, strategy or milestone above it; the plan for a priority area
 * @param element  the element as a GET shows it when the read produced it, else {@code null}
 */
record Located(ElementKind kind, String id, String parentId, long version, Plan plan, Object element) {}
