package org.braid.coaching.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.braid.core.model.ValidationException;
import org.junit.jupiter.api.Test;

class CoachingQuestionsTest {
    static final String SEED = "001_268f50504446f823.txt";
    /** Questions per step: Tool B's bullets in seed 001 for steps 1, 4 and 5; steps 2 and 3 as the needs assessment and planning show them. */
    static final List<Integer> COUNTS = List.of(31, 23, 20, 17, 13, 13);

    final CoachingQuestions shipped = CoachingQuestions.shipped();

    @Test
    void sixStepsNumberedInTheCyclesOrderEachWithTheirQuestions() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6), shipped.stepNumbers());
        for (int step = 1; step <= 6; step++) assertEquals(COUNTS.get(step - 1), shipped.questions(step).size(), "step " + step);
        assertEquals(List.of("Set the direction", "Assess needs", "Create the plan", "Implement", "Monitor", "Adjust course"),
                shipped.all().path("steps").findValuesAsText("name"));
        assertEquals(SEED, shipped.all().path("source").path("seedFile").asText(), "the source is cited");
        for (JsonNode s : shipped.all().path("steps")) {
            for (JsonNode g : s.path("groups")) for (JsonNode q : g.path("questions")) assertFalse(q.path("source").asText().isBlank(), q.toString());
        }
    }

    @Test
    void oneStepAnswersWithItsSourceAndABadStepNamesTheField() {
        JsonNode four = shipped.step("4");
        assertEquals(4, four.path("step").asInt());
        assertEquals("Implement", four.path("name").asText());
        assertEquals(SEED, four.path("source").path("seedFile").asText());
        assertEquals(6, shipped.step(null).path("steps").size());
        for (String bad : List.of("0", "7", "two", "", "<script>")) {
            ValidationException e = assertThrows(ValidationException.class, () -> shipped.step(bad));
            assertEquals("step", e.violations().get(0).field());
            assertFalse(e.violations().get(0).message().contains(bad.isEmpty() ? "\u0000" : bad), "the input is not echoed");
        }
    }

    /** Steps 2 and 3 say what the needs assessment and the plan builder say, word for word (read from their sources in this repository). */
    @Test
    void stepsTwoAndThreeUseTheWordingOfNeedsAssessmentAndPlanning() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path root = Path.of("..");
        JsonNode na = json.readTree(root.resolve("module-needs-assessment/src/main/resources/seed/coaching-questions.json").toFile());
        List<String> naTexts = new ArrayList<>();
        na.path("sections").forEach(s -> s.forEach(q -> naTexts.add(q.path("text").asText())));
        assertEquals(naTexts, shipped.questions(2));
        JsonNode plan = json.readTree(root.resolve("module-planning/src/main/resources/seed/coaching-create-plan.json").toFile());
        List<String> planTexts = new ArrayList<>();
        plan.path("questions").forEach(q -> planTexts.add(q.asText()));
        assertEquals(planTexts, shipped.questions(3));
    }

    /**
     * When the seed documents are at hand ({@code -Dbraid.seeds=DIR}): Tool B's sections carry the step numbers, each
     * of steps 1, 4 and 5 has as many bullets (less the "If ...:" lead-ins) as are shipped, and every question of steps
     * 1, 4, 5 and 6 is in it word for word.
     */
    @Test
    void theQuestionsAreTheOnesOfSeed001() throws Exception {
        String dir = System.getProperty("braid.seeds");
        if (dir == null) return;
        String text = Files.readString(Path.of(dir, SEED));
        String toolB = text.substring(text.indexOf("TOOL B: Coaching Techniques and Questions"), text.indexOf("TOOL C: LEA Self-Reflection"));
        String[] heads = {"1. Set the Direction", "2. Assess Needs", "3. Create a Plan", "4. Implement the Plan", "5. Monitor Work and Make Adjustments", "Tell the Story"};
        int[] at = new int[heads.length];
        for (int i = 0; i < heads.length; i++) {
            at[i] = toolB.indexOf("\n" + heads[i]) >= 0 ? toolB.indexOf("\n" + heads[i]) : toolB.indexOf(" " + heads[i]);
            assertTrue(at[i] > 0, heads[i]);
            if (i > 0) assertTrue(at[i] > at[i - 1], "in the cycle's order: " + heads[i]);
        }
        assertEquals(COUNTS.get(0), bullets(toolB.substring(at[0], at[1])));
        assertEquals(COUNTS.get(3), bullets(toolB.substring(at[3], at[4])));
        assertEquals(COUNTS.get(4), bullets(toolB.substring(at[4], at[5])));
        String flat = flat(toolB);
        for (int step : List.of(1, 4, 5, 6)) { // 2 and 3 are the other modules' wording, checked above
            for (String q : shipped.questions(step)) assertTrue(flat.contains(flat(q)), "step " + step + ": " + q);
        }
    }

    /** @return the bullets of a section of Tool B that are questions (not the "If a mission exists:" lead-ins) */
    static int bullets(String section) {
        Matcher m = Pattern.compile("(?m)^\\s*(?:\u2022\\s+|oo )(.*)$").matcher(section);
        int n = 0;
        while (m.find()) if (!m.group(1).strip().endsWith(":")) n++;
        return n;
    }

    static String flat(String s) {
        return s.replaceAll("[\u2022]|(?m)^oo ", " ").replaceAll("\\s+", " ");
    }
}
