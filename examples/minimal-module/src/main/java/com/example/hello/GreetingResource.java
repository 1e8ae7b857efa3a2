package com.example.hello;

import java.util.List;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Component;

/** {@code GET /api/hello/greeting}: greets whoever is signed in. Braid routes, documents (OpenAPI) and guards it. */
@Component(service = RestResource.class)
public class GreetingResource implements RestResource {

    /** The answer, written as JSON: {@code {"greeting":"Hello, ada"}}. */
    public record Greeting(String greeting) {}

    @Override
    public String module() {
        return HelloModule.ID;
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/hello/greeting", "A greeting for the signed-in user", Access.signedIn(),
                req -> ApiReply.ok(new Greeting("Hello, " + req.actor().username()))).returning(Greeting.class));
    }
}
