package org.braid.selfassessment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.Checks;
import org.braid.core.model.ValidationException;
import org.braid.core.spi.ExportSection;
import org.braid.platform.json.BraidJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The self-assessment section of an organization export: each self-reflection with its team, its consensus and the
 * tally of its ratings (how many members chose each level, never who chose what or their evidence), and each process
 * self-assessment. An import stores a tally as that many ratings without a member's name.
 */
@Component(service = {ExportSection.class, SelfAssessmentSection.class})
public class SelfAssessmentSection implements ExportSection {
    private static final String WHERE = "sections." + SelfAssessmentModule.ID;
    private static final int MAX_COUNT = 1000;
    private final ReflectionStore store;
    private final ProcessAssessments processes;
    private final Rubric rubric = Rubric.toolC();

    @Activate
    public SelfAssessmentSection(@Reference ReflectionStore store, @Reference ProcessAssessments processes) {
        this.store = store;
        this.processes = processes;
    }

    /** A self-reflection as exported. */
    record Exported(String id, String orgId, String schoolYear, String leadUserId, List<String> teamUserIds, String status,
            Map<String, List<Integer>> tallies, Map<String, Consensus> consensus) {}

    @Override
    public String id() {
        return SelfAssessmentModule.ID;
    }

    @Override
    public JsonNode export(List<String> orgIds) {
        ArrayNode reflections = BraidJson.mapper().createArrayNode(), process = BraidJson.mapper().createArrayNode();
        for (String org : orgIds) {
            for (Reflection r : store.forOrganization(org)) {
                Map<String, List<Integer>> found = store.distributions(r.id());
                Map<String, ReflectionStore.Versioned<Consensus>> agreed = store.consensus(r.id());
                Map<String, List<Integer>> tallies = new LinkedHashMap<>();
                Map<String, Consensus> consensus = new LinkedHashMap<>();
                for (String code : rubric.codes()) {
                    if (found.containsKey(code)) tallies.put(code, found.get(code));
                    if (agreed.containsKey(code)) consensus.put(code, agreed.get(code).value());
                }
                reflections.add(BraidJson.mapper().valueToTree(new Exported(r.id(), r.orgId(), r.schoolYear(), r.leadUserId(), r.teamUserIds(), r.status(),
                        tallies, consensus)));
            }
            for (ProcessAssessment p : processes.forOrganization(org)) process.add(((ObjectNode) BraidJson.mapper().valueToTree(p)).without("version"));
        }
        ObjectNode section = BraidJson.mapper().createObjectNode();
        section.set("reflections", reflections);
        section.set("processAssessments", process);
        return section;
    }

    @Override
    public void load(JsonNode data) {
        JsonNode list = data.path("reflections");
        if (!list.isArray()) throw new ValidationException(WHERE + ".reflections", "must be an array");
        for (int i = 0; i < list.size(); i++) {
            String at = WHERE + ".reflections[" + i + "]";
            Exported e = read(list.get(i), Exported.class, at, "a self-reflection");
            Checks c = new Checks().text(at + ".id", e.id(), 36).text(at + ".orgId", e.orgId(), 36).required(at + ".schoolYear", e.schoolYear())
                    .schoolYear(at + ".schoolYear", e.schoolYear()).text(at + ".leadUserId", e.leadUserId(), 36).required(at + ".teamUserIds", e.teamUserIds());
            if (e.status() != null && !e.status().equals(Reflection.OPEN) && !e.status().equals(Reflection.CLOSED)) c.add(at + ".status", "must be OPEN or CLOSED");
            if (e.teamUserIds() != null) for (int j = 0; j < e.teamUserIds().size(); j++) c.text(at + ".teamUserIds[" + j + "]", e.teamUserIds().get(j), 36);
            orEmpty(e.tallies()).forEach((code, d) -> {
                if (rubric.element(code) == null) c.add(at + ".tallies", "names an element the rubric does not have");
                else if (d == null || d.size() != Rubric.HIGH || d.stream().anyMatch(n -> n == null || n < 0 || n > MAX_COUNT)) {
                    c.add(at + ".tallies." + code, "must be four counts, one per level");
                }
            });
            orEmpty(e.consensus()).forEach((code, agreed) -> {
                if (rubric.element(code) == null) c.add(at + ".consensus", "names an element the rubric does not have");
                else if (agreed == null) c.add(at + ".consensus." + code, "is required");
                else Inputs.level(at + ".consensus." + code + ".level", agreed.level()).maxLength(at + ".consensus." + code + ".notes", agreed.notes(), 4000)
                        .maxLength(at + ".consensus." + code + ".evidence", agreed.evidence(), 4000)
                        .violations().forEach(v -> c.add(v.field(), v.message()));
            });
            c.throwIfAny();
            store.insert(new Reflection(e.id(), e.orgId(), e.schoolYear(), e.leadUserId(), e.teamUserIds(), e.status() == null ? Reflection.OPEN : e.status(), null));
            orEmpty(e.tallies()).forEach((code, d) -> store.insertTally(e.id(), code, d));
            orEmpty(e.consensus()).forEach((code, agreed) -> store.agree(e.id(), code, agreed, null));
        }
        JsonNode process = data.path("processAssessments");
        if (process.isMissingNode() || process.isNull()) return;
        if (!process.isArray()) throw new ValidationException(WHERE + ".processAssessments", "must be an array");
        for (int i = 0; i < process.size(); i++) {
            String at = WHERE + ".processAssessments[" + i + "]";
            ProcessAssessment p = read(process.get(i), ProcessAssessment.class, at, "a process self-assessment");
            new Checks().text(at + ".id", p.id(), 36).text(at + ".orgId", p.orgId(), 36).required(at + ".schoolYear", p.schoolYear())
                    .schoolYear(at + ".schoolYear", p.schoolYear()).throwIfAny();
            Checks sections = ProcessAssessments.sections(p).check();
            if (!sections.ok()) throw new ValidationException("invalid input", sections.violations().stream()
                    .map(v -> new org.braid.core.model.Violation(at + "." + v.field(), v.message())).toList());
            processes.insert(p);
        }
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> T read(JsonNode node, Class<T> type, String at, String what) {
        if (node == null || !node.isObject()) throw new ValidationException(at, "is not " + what);
        try {
            return BraidJson.mapper().treeToValue(node, type);
        } catch (Exception e) {
            throw new ValidationException(at, "is not " + what);
        }
    }

}
