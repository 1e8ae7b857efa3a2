package org.braid.coaching.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.ValidationException;
import org.braid.core.spi.SeedData;

/**
 * Tool B's coaching questions for the six steps of the cycle (set the direction, assess needs, create the plan,
 * implement, monitor, adjust course), as shipped in {@code /seed/coaching-questions.json} with their source.
 */
final class CoachingQuestions {
    static final int FIRST_STEP = 1, LAST_STEP = 6;
    private static final CoachingQuestions SHIPPED = new CoachingQuestions(SeedData.read(CoachingQuestions.class, "/seed/coaching-questions.json"));

    private final JsonNode doc;

    CoachingQuestions(JsonNode doc) {
        this.doc = doc;
    }

    static CoachingQuestions shipped() {
        return SHIPPED;
    }

    /** @return the whole document: its source and the six steps */
    JsonNode all() {
        return doc;
    }

    /**
     * @param step 1 to 6, or {@code null} for all steps
     * @return the step with its groups of questions and the document's source
     * @throws ValidationException naming {@code step} when it is not a step of the cycle
     */
    JsonNode step(String step) {
        if (step == null) return doc;
        int n;
        try {
            n = Integer.parseInt(step.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("step", "must be a step of the cycle, 1 to 6");
        }
        if (n < FIRST_STEP || n > LAST_STEP) throw new ValidationException("step", "must be a step of the cycle, 1 to 6");
        ObjectNode out = ((ObjectNode) doc.path("steps").get(n - 1)).deepCopy();
        out.set("source", doc.path("source"));
        out.set("sources", doc.path("sources"));
        return out;
    }

    /** @return the step numbers in order */
    List<Integer> stepNumbers() {
        List<Integer> out = new ArrayList<>();
        doc.path("steps").forEach(s -> out.add(s.path("step").asInt()));
        return out;
    }

    /** @return the texts of one step's questions, group after group */
    List<String> questions(int step) {
        List<String> out = new ArrayList<>();
        for (JsonNode g : doc.path("steps").get(step - 1).path("groups")) for (JsonNode q : g.path("questions")) out.add(q.path("text").asText());
        return out;
    }
}
