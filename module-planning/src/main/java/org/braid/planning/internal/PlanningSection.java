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

/** The planning section of an organization export: its plans. */
@Component(service = ExportSection.class)
public class PlanningSection implements ExportSection {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final PlanStore plans;

    @Activate
    public PlanningSection(@Reference PlanStore plans) {
        this.plans = plans;
    }

    @Override
    public String id() {
        return PlanningModule.ID;
    }

    @Override
    public JsonNode export(List<String> orgIds) {
        ArrayNode out = MAPPER.createArrayNode();
        for (String org : orgIds) {
            for (Plan p : plans.forOrganization(org)) {
                out.add(MAPPER.valueToTree(new Plan(p.id(), p.orgId(), p.schoolYear(), p.status(), null)));
            }
        }
        return MAPPER.createObjectNode().set("plans", out);
    }

    @Override
    public void load(JsonNode data) {
        JsonNode list = data.path("plans");
        if (!list.isArray()) throw new ValidationException("sections.planning.plans", "must be an array");
        for (int i = 0; i < list.size(); i++) {
            Plan p;
            try {
                p = MAPPER.treeToValue(list.get(i), Plan.class);
            } catch (Exception e) {
                throw new ValidationException("sections.planning.plans[" + i + "]", "is not a plan");
            }
            if (p.id() == null) throw new ValidationException("sections.planning.plans[" + i + "].id", "is required");
            plans.insert(p);
        }
    }
}
