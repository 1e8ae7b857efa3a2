package org.braid.planning.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.ValidationException;
import org.braid.core.spi.ExportSection;
import org.braid.planning.api.Plan;
import org.braid.platform.json.BraidJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The planning section of an organization export: its plans, each a whole tree. */
@Component(service = ExportSection.class)
public class PlanningSection implements ExportSection {
    private final PlanStore plans;
    private final PlanElements tree;
    private final PlanVersions versions;
    private final Prioritization prioritization;

    @Activate
    public PlanningSection(@Reference PlanStore plans, @Reference PlanElements tree, @Reference PlanVersions versions,
            @Reference Prioritization prioritization) {
        this.plans = plans;
        this.tree = tree;
        this.versions = versions;
        this.prioritization = prioritization;
    }

    @Override
    public String id() {
        return PlanningModule.ID;
    }

    @Override
    public JsonNode export(List<String> orgIds) {
        ArrayNode out = BraidJson.mapper().createArrayNode();
        for (String org : orgIds) {
            for (Plan p : plans.forOrganization(org)) {
                ObjectNode doc = PlanDocument.write(tree.tree(p.id()));
                ArrayNode candidates = doc.putArray("candidates");
                for (Candidate c : prioritization.candidates(p.id())) {
                    ObjectNode n = BraidJson.mapper().valueToTree(c);
                    n.remove(List.of("planId", "score", "version"));
                    candidates.add(n);
                }
                ArrayNode retiring = doc.putArray("retirements");
                for (Retirement r : prioritization.retirements(p.id())) {
                    ObjectNode n = BraidJson.mapper().valueToTree(r);
                    n.remove(List.of("planId", "version"));
                    retiring.add(n);
                }
                doc.putArray("versions").addAll(versions.export(p.id()));
                out.add(doc);
            }
        }
        return BraidJson.mapper().createObjectNode().set("plans", out);
    }

    @Override
    public void load(JsonNode data) {
        JsonNode list = data.path("plans");
        if (!list.isArray()) throw new ValidationException("sections.planning.plans", "must be an array");
        for (int i = 0; i < list.size(); i++) {
            String at = "sections.planning.plans[" + i + "]";
            if (!list.get(i).isObject()) throw new ValidationException(at, "is not a plan");
            if (!list.get(i).hasNonNull("id")) throw new ValidationException(at + ".id", "is required");
            JsonNode doc = list.get(i);
            String planId = PlanDocument.load(plans, tree, doc, at, null, () -> {
                JsonNode candidates = PlanDocument.array(doc, "candidates", at);
                for (int k = 0; k < candidates.size(); k++) {
                    prioritization.addCandidate(doc.get("id").asText(), PlanDocument.idOf(candidates.get(k), at + ".candidates[" + k + "]"),
                            PlanDocument.read(candidates.get(k), Prioritization.CandidateInput.class, at + ".candidates[" + k + "]", List.of("id")));
                }
                JsonNode retiring = PlanDocument.array(doc, "retirements", at);
                for (int k = 0; k < retiring.size(); k++) {
                    prioritization.addRetirement(doc.get("id").asText(), PlanDocument.idOf(retiring.get(k), at + ".retirements[" + k + "]"),
                            PlanDocument.read(retiring.get(k), Prioritization.RetirementInput.class, at + ".retirements[" + k + "]", List.of("id")));
                }
            });
            versions.load(planId, PlanDocument.array(doc, "versions", at), at + ".versions");
        }
    }
}
