package org.braid.selfassessment.internal;

import java.util.List;

import org.braid.core.model.Checks;

/** The request bodies of the self-assessment API. */
final class Inputs {
    private Inputs() {
    }

    /** {@code POST /reflections}. */
    record NewReflection(String orgId, String schoolYear, List<String> teamUserIds, String leadUserId) {}

    /** {@code PUT .../my-ratings/{elementCode}}; {@code version} only when the member edits a rating they saw. */
    record RatingInput(Integer level, String evidence, String notes, Long version) {
        Checks check() {
            return Inputs.level("level", level).maxLength("evidence", evidence, 4000).maxLength("notes", notes, 4000);
        }
    }

    /** {@code PUT .../consensus/{elementCode}}. */
    record ConsensusInput(Integer level, String notes, String evidence, Long version) {
        Checks check() {
            return Inputs.level("level", level).maxLength("notes", notes, 4000).maxLength("evidence", evidence, 4000);
        }
    }

    /** {@code POST /process-assessments}. */
    record NewProcessAssessment(String orgId, String schoolYear) {}

    static Checks level(String field, Integer level) {
        Checks c = new Checks().required(field, level);
        if (level != null && (level < Rubric.LOW || level > Rubric.HIGH)) c.add(field, "must be 1, 2, 3 or 4");
        return c;
    }
}
