package org.braid.planning.internal;

import java.util.List;

import org.braid.needsassessment.api.PriorityAreaSource;
import org.braid.planning.internal.Inputs.AreaInput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The priority areas a needs assessment chose, offered as a new plan's starting priority areas. Kept
 * apart from the rest of planning: it exists only while the needs-assessment module is on (and its
 * API package is there at all), so planning never depends on that module.
 */
@Component(service = StartingPriorityAreas.class)
public class NeedsAssessmentAreas implements StartingPriorityAreas {
    private final PriorityAreaSource source;

    @Activate
    public NeedsAssessmentAreas(@Reference PriorityAreaSource source) {
        this.source = source;
    }

    @Override
    public List<AreaInput> forPlan(String orgId, String schoolYear) {
        return source.priorityAreas(orgId, schoolYear).stream()
                .map(a -> new AreaInput(a.title(), a.rootCauses().isEmpty() ? "From the needs assessment."
                        : "From the needs assessment; root causes: " + String.join("; ", a.rootCauses()), null, null))
                .toList();
    }
}
