package org.braid.planning.api;

import java.util.List;
import java.util.Map;

import org.braid.core.model.Direction;
import org.braid.core.model.Organization;
import org.braid.core.spi.PlanFact;
import org.braid.planning.api.dto.PlanTree;

/**
 * What a {@link PlanTemplate} draws from: the plan with every element, its organization and direction, the fields
 * element extensions keep on the elements ({@code extensions.get(extensionId).get(elementId)}), and what other modules
 * know of the organization's school year ({@code facts}, from the {@link org.braid.core.spi.PlanFacts} services on now:
 * the needs assessment's, monitoring's).
 *
 * @since 1.3; {@code facts} since 1.4
 */
public record TemplateContext(Organization organization, Direction direction, PlanTree plan,
                              Map<String, Map<String, Map<String, Object>>> extensions, List<PlanFact> facts) {
    public TemplateContext {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** A context without other modules' facts. */
    public TemplateContext(Organization organization, Direction direction, PlanTree plan, Map<String, Map<String, Map<String, Object>>> extensions) {
        this(organization, direction, plan, extensions, List.of());
    }

    /** @return the fields an extension keeps on an element (empty when none) */
    public Map<String, Object> extension(String extensionId, String elementId) {
        return extensions.getOrDefault(extensionId, Map.of()).getOrDefault(elementId, Map.of());
    }

    /** @return the organization's direction's goals (none when the direction is not set) */
    public List<org.braid.core.model.Goal> goals() {
        return direction == null || direction.goals() == null ? List.of() : direction.goals();
    }

    /**
     * @param name one of {@link PlanFact}'s names, e.g. {@link PlanFact#COMPREHENSIVE_NEEDS_ASSESSMENT}
     * @return the facts of that name, in order (none when no module on now tells it)
     * @since 1.4
     */
    public List<PlanFact> facts(String name) {
        return facts.stream().filter(f -> f.name().equals(name)).toList();
    }
}
