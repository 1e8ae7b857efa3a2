package org.braid.selfassessment.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.SeedData;
import org.osgi.service.component.annotations.Component;

/**
 * {@code GET /api/self-assessment/instruments}: the LEA self-reflection rubric (Tool C, its practices
 * and element codes) and the LEA process self-assessment (seed 002).
 */
@Component(service = RestResource.class)
public class InstrumentsResource implements RestResource {
    private final JsonNode instruments = SeedData.read(InstrumentsResource.class, "/seed/instruments.json");

    @Override
    public String module() {
        return SelfAssessmentModule.ID;
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/self-assessment/instruments", "The self-assessment instruments with their practices and elements", Access.signedIn(),
                req -> ApiReply.ok(instruments)).returning(ObjectNode.class));
    }
}
