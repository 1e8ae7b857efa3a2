package org.braid.planning.api;

import java.util.List;
import java.util.Map;

import org.braid.core.model.Direction;
import org.braid.core.model.Organization;
import org.braid.planning.api.dto.PlanTree;

/**
 * What a {@link PlanTemplate} draws from: the plan with every element, its organization and direction, and the fields
 * element extensions keep on the elements ({@code extensions.get(extensionId).get(elementId)}).
 *
 * @since 1.3
 */
public record TemplateContext(Organization organization, Direction direction, PlanTree plan,
                              Map<String, Map<String, Map<String, Object>>> extensions) {
    public TemplateContext {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** @return the fields an extension keeps on an element (empty when none) */
    public Map<String, Object> extension(String extensionId, String elementId) {
        return extensions.getOrDefault(extensionId, Map.of()).getOrDefault(elementId, Map.of());
    }

    /** @return the organization's direction's goals (none when the direction is not set) */
    public List<org.braid.core.model.Goal> goals() {
        return direction == null || direction.goals() == null ? List.of() : direction.goals();
    }
}
