package org.braid.selfassessment.internal;

import java.util.List;

import org.braid.core.model.Checks;

/**
 * A district's LEA process self-assessment (seed 002) for a school year: who is involved, the documents reviewed, the
 * context, its improvement process mapped onto Inform / Select / Plan / Implement / Analyze with the gaps, the supports
 * it gives its schools, and the priorities and next steps.
 *
 * @param process one entry per cycle step, in the cycle's order
 */
record ProcessAssessment(String id, String orgId, String schoolYear, List<TeamRole> team, List<DocumentReviewed> documents, Context context,
        List<ProcessStep> process, List<Support> supports, String supportGaps, List<NextStep> nextSteps, Long version) {

    /** The steps of the continuous improvement cycle the district's process is mapped onto. */
    static final List<String> STEPS = List.of("inform", "select", "plan", "implement", "analyze");
    static final int MAX_ROWS = 100, TEXT = 4000, SHORT = 300;

    /** Step 1: a person on the team, their department or program and their role. */
    record TeamRole(String departmentOrProgram, String name, String contactInformation, String roleResponsibility) {}

    /** Step 1: a document or material the team reviewed, and why it matters. */
    record DocumentReviewed(String documentOrMaterial, String whyImportant) {}

    /** Steps 1 and 2: the meeting logistics and the district's improvement planning and decision-making processes. */
    record Context(String logistics, String description) {}

    /** Step 3: what the district does today in one step of the cycle, and the gaps or possible changes. */
    record ProcessStep(String step, String current, String gaps) {}

    /**
     * Step 4: a support the district gives its schools.
     *
     * @param steps    the cycle steps it serves
     * @param evidence how it uses evidence or data
     */
    record Support(String support, String timing, List<String> steps, String evidence) {}

    /** Step 5: a next step and the priority area it addresses. */
    record NextStep(String priorityArea, String step) {}

    /** The sections as a team edits them ({@code PUT}); {@code version} is the one it edited. */
    record Sections(List<TeamRole> team, List<DocumentReviewed> documents, Context context, List<ProcessStep> process, List<Support> supports,
            String supportGaps, List<NextStep> nextSteps, Long version) {

        Checks check() {
            Checks c = new Checks();
            rows(c, "team", team);
            for (int i = 0; i < size(team); i++) {
                TeamRole t = team.get(i);
                String at = "team[" + i + "]";
                if (t == null) { c.add(at, "is required"); continue; }
                c.maxLength(at + ".departmentOrProgram", t.departmentOrProgram(), SHORT).maxLength(at + ".name", t.name(), SHORT)
                        .maxLength(at + ".contactInformation", t.contactInformation(), SHORT).maxLength(at + ".roleResponsibility", t.roleResponsibility(), SHORT);
            }
            rows(c, "documents", documents);
            for (int i = 0; i < size(documents); i++) {
                DocumentReviewed d = documents.get(i);
                String at = "documents[" + i + "]";
                if (d == null) { c.add(at, "is required"); continue; }
                c.text(at + ".documentOrMaterial", d.documentOrMaterial(), SHORT * 2).maxLength(at + ".whyImportant", d.whyImportant(), TEXT);
            }
            if (context != null) c.maxLength("context.logistics", context.logistics(), TEXT).maxLength("context.description", context.description(), TEXT);
            rows(c, "process", process);
            for (int i = 0; i < size(process); i++) {
                ProcessStep s = process.get(i);
                String at = "process[" + i + "]";
                if (s == null) { c.add(at, "is required"); continue; }
                c.required(at + ".step", s.step()).maxLength(at + ".current", s.current(), TEXT).maxLength(at + ".gaps", s.gaps(), TEXT);
                if (s.step() != null && !STEPS.contains(s.step())) c.add(at + ".step", "must be inform, select, plan, implement or analyze");
                else if (s.step() != null && process.subList(0, i).stream().anyMatch(o -> o != null && s.step().equals(o.step()))) c.add(at + ".step", "is given twice");
            }
            rows(c, "supports", supports);
            for (int i = 0; i < size(supports); i++) {
                Support s = supports.get(i);
                String at = "supports[" + i + "]";
                if (s == null) { c.add(at, "is required"); continue; }
                c.text(at + ".support", s.support(), SHORT * 2).maxLength(at + ".timing", s.timing(), SHORT).maxLength(at + ".evidence", s.evidence(), TEXT);
                List<String> steps = s.steps() == null ? List.of() : s.steps();
                if (steps.size() > STEPS.size()) c.add(at + ".steps", "must have at most " + STEPS.size() + " entries");
                for (int j = 0; j < steps.size() && j < STEPS.size(); j++) {
                    if (!STEPS.contains(steps.get(j))) c.add(at + ".steps[" + j + "]", "must be inform, select, plan, implement or analyze");
                }
            }
            c.maxLength("supportGaps", supportGaps, TEXT);
            rows(c, "nextSteps", nextSteps);
            for (int i = 0; i < size(nextSteps); i++) {
                NextStep n = nextSteps.get(i);
                String at = "nextSteps[" + i + "]";
                if (n == null) { c.add(at, "is required"); continue; }
                c.maxLength(at + ".priorityArea", n.priorityArea(), SHORT).text(at + ".step", n.step(), TEXT);
            }
            return c;
        }

        private static void rows(Checks c, String field, List<?> rows) {
            if (rows != null && rows.size() > MAX_ROWS) c.add(field, "must have at most " + MAX_ROWS + " entries");
        }

        private static int size(List<?> rows) {
            return rows == null ? 0 : Math.min(rows.size(), MAX_ROWS);
        }
    }

    /** @return the process section with one entry per cycle step, in order, empty where the team wrote nothing */
    static List<ProcessStep> everyStep(List<ProcessStep> given) {
        return STEPS.stream().map(step -> (given == null ? List.<ProcessStep>of() : given).stream().filter(s -> s != null && step.equals(s.step())).findFirst()
                .orElse(new ProcessStep(step, null, null))).toList();
    }
}
