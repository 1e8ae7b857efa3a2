package org.braid.sfss.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.ConflictException;
import org.braid.core.model.ValidationException;
import org.braid.core.spi.ExportSection;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanService;
import org.braid.planning.api.dto.PlanTree;
import org.braid.platform.json.BraidJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The SFSS section of an organization export: the SFSS fields on its plans' elements and its plans' Section 2, so an
 * organization moved to another Braid keeps its SFSS action plan.
 */
@Component(service = ExportSection.class)
public class SfssSection implements ExportSection {
    private final SfssStore store;
    private final PlanService plans;

    @Activate
    public SfssSection(@Reference SfssStore store, @Reference PlanService plans) {
        this.store = store;
        this.plans = plans;
    }

    @Override
    public String id() {
        return SfssModule.ID;
    }

    /** After planning (100), whose elements and plans the fields hang on. */
    @Override
    public int order() {
        return 150;
    }

    @Override
    public JsonNode export(List<String> orgIds) {
        ObjectNode out = BraidJson.mapper().createObjectNode();
        ArrayNode elements = out.putArray("elements"), sections = out.putArray("sectionTwo");
        for (String orgId : orgIds) {
            for (Plan p : plans.forOrganization(orgId)) {
                for (String id : elementIds(plans.tree(p.id()))) {
                    store.fields(id).ifPresent(f -> {
                        ObjectNode row = elements.addObject().put("elementId", id).put("kind", f.kind().name());
                        row.set("fields", BraidJson.mapper().valueToTree(f.toMap()));
                    });
                }
                SectionTwo two = store.sectionTwo(p.id());
                if (two.version() > 0) {
                    ObjectNode row = BraidJson.mapper().valueToTree(two);
                    row.remove("version");
                    sections.add(row);
                }
            }
        }
        return out;
    }

    @Override
    public void load(JsonNode data) {
        JsonNode elements = data.path("elements"), sections = data.path("sectionTwo");
        for (int i = 0; i < elements.size(); i++) {
            String at = "sections.sfss.elements[" + i + "]";
            JsonNode row = elements.get(i);
            String id = row.path("elementId").asText(null);
            ElementKind kind;
            Map<String, Object> fields;
            try {
                kind = ElementKind.valueOf(row.path("kind").asText());
                fields = BraidJson.mapper().convertValue(row.path("fields"), new TypeReference<LinkedHashMap<String, Object>>() {});
            } catch (IllegalArgumentException e) {
                throw new ValidationException(at, "needs elementId, a kind (PRIORITY_AREA, STRATEGY or ACTION) and its fields");
            }
            if (id == null || fields == null) throw new ValidationException(at, "needs elementId, a kind and its fields");
            if (store.fields(id).isPresent()) throw new ConflictException(at + ".elementId", "element " + id + " already has SFSS fields");
            store.putFields(id, ElementFields.of(kind, fields));
        }
        for (int i = 0; i < sections.size(); i++) {
            String at = "sections.sfss.sectionTwo[" + i + "]";
            SectionTwo two;
            try {
                two = BraidJson.mapper().treeToValue(sections.get(i), SectionTwo.class);
            } catch (Exception e) {
                throw new ValidationException(at, "is malformed");
            }
            if (two.planId() == null) throw new ValidationException(at + ".planId", "is required");
            if (store.sectionTwo(two.planId()).version() > 0) throw new ConflictException(at + ".planId", "plan " + two.planId() + " already has a Section 2");
            store.putSectionTwo(two.checked(two.planId()), 0);
        }
    }

    /** @return the ids of the elements SFSS keeps fields on, in Tool A order */
    private static List<String> elementIds(PlanTree tree) {
        List<String> ids = new java.util.ArrayList<>();
        tree.priorityAreas().forEach(a -> {
            ids.add(a.id());
            a.strategies().forEach(s -> {
                ids.add(s.id());
                s.milestones().forEach(m -> m.actions().forEach(x -> ids.add(x.id())));
            });
        });
        return ids;
    }
}
