package org.braid.planning.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.braid.core.model.ValidationException;
import org.braid.core.spi.ExportSection;
import org.braid.planning.api.Plan;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The planning section of an organization export: its plans, each a whole tree. */
@Component(service = ExportSection.class)
public class PlanningSection implements ExportSection {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final PlanStore plans;
    private final PlanTreeStore tree;

    @Activate
    public PlanningSection(@Reference PlanStore plans, @Reference PlanTreeStore tree) {
        this.plans = plans;
        this.tree = tree;
    }

    @Override
    public String id() {
        return PlanningModule.ID;
    }

    @Override
    public JsonNode export(List<String> orgIds) {
        ArrayNode out = MAPPER.createArrayNode();
        for (String org : orgIds) {
            for (Plan p : plans.forOrganization(org)) out.add(PlanDocument.write(tree.tree(p.id())));
        }
        return MAPPER.createObjectNode().set("plans", out);
    }

    @Override
    public void load(JsonNode data) {
        JsonNode list = data.path("plans");
        if (!list.isArray()) throw new ValidationException("sections.planning.plans", "must be an array");
        for (int i = 0; i < list.size(); i++) {
            String at = "sections.planning.plans[" + i + "]";
            if (!list.get(i).isObject()) throw new ValidationException(at, "is not a plan");
            if (!list.get(i).hasNonNull("id")) throw new ValidationException(at + ".id", "is required");
            PlanDocument.load(plans, tree, list.get(i), at, null);
        }
    }
}
