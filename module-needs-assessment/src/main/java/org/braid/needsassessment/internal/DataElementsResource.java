package org.braid.needsassessment.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.SeedData;
import org.osgi.service.component.annotations.Component;

/** {@code GET /api/needs-assessment/data-elements}: the data elements checklist a team reviews (seed 001, Tool A). */
@Component(service = RestResource.class)
public class DataElementsResource implements RestResource {
    private final JsonNode checklist = SeedData.read(DataElementsResource.class, "/seed/data-elements.json");

    @Override
    public String module() {
        return NeedsAssessmentModule.ID;
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/needs-assessment/data-elements",
                "The data elements checklist a team reviews in a needs assessment, with its source",
                Access.signedIn(), req -> ApiReply.ok(checklist)).returning(ObjectNode.class));
    }
}
