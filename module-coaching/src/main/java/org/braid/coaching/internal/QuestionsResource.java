package org.braid.coaching.internal;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Component;

/** {@code GET /api/coaching/questions}: Tool B's coaching questions for a step of the cycle, with their source. */
@Component(service = RestResource.class)
public class QuestionsResource implements RestResource {

    @Override
    public String module() {
        return CoachingModule.ID;
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/coaching/questions", "Tool B's coaching questions for a step of the cycle (or all six), grouped, with their source",
                Access.signedIn(), req -> ApiReply.ok(CoachingQuestions.shipped().step(req.query("step")))).returning(ObjectNode.class)
                .withQuery(QueryParam.string("step", "1 set the direction, 2 assess needs, 3 create the plan, 4 implement, 5 monitor, 6 adjust course; without it all six")));
    }
}
