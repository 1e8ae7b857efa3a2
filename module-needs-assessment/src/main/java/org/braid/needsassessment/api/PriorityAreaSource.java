package org.braid.needsassessment.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The priority areas an organization's needs assessments chose for a school year: the starting
 * priority areas of its plan. Registered while the needs-assessment module is on; a consumer must
 * keep working when it is absent. Calls run in the caller's transaction.
 *
 * @since 1.0.0
 */
@ProviderType
public interface PriorityAreaSource {

    /**
     * @param orgId      the organization
     * @param schoolYear a school year such as {@code 2026-27}
     * @return its priority areas for that year, in the order the team recorded them; empty when none
     */
    List<PriorityAreaSummary> priorityAreas(String orgId, String schoolYear);
}
