package org.braid.needsassessment.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Takes concerns other tools found (a self-reflection's low elements, say) into an organization's needs assessment, where
 * the team weighs them with the rest of its evidence and may make them priority areas. Registered while the
 * needs-assessment module is on; a caller must keep working when it is absent. Calls run in the caller's transaction.
 *
 * @since 1.1.0
 */
@ProviderType
public interface ConcernIntake {

    /**
     * Records the concern as a weakness (with its evidence) in the organization's needs assessment for the school year,
     * starting a comprehensive one when there is none. The same concern sent again is kept once.
     *
     * @param orgId      the organization
     * @param schoolYear a school year such as {@code 2026-27}
     * @param text       the concern, at most 2,000 characters
     * @param evidence   where it comes from, at most 4,000 characters; may be {@code null}
     * @return the id of the weakness in the needs assessment
     * @throws org.braid.core.model.ValidationException    when a text is too long or the school year malformed
     * @throws org.braid.core.model.RuleViolationException when there is no such organization
     * @since 1.1.0
     */
    String addConcern(String orgId, String schoolYear, String text, String evidence);
}
