package org.braid.itests.hello;

import java.util.List;
import java.util.Map;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.ModuleDescriptor;

/**
 * The smallest Braid module: one REST operation, {@code GET /api/hello/greeting}. Tests pack it, with a features XML,
 * into a KAR (see {@link HelloKar}) and install it into a running Braid.
 */
public class HelloModule implements ModuleDescriptor, RestResource {

    @Override
    public String id() {
        return "hello";
    }

    @Override
    public String name() {
        return "Hello";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String module() {
        return "hello";
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/hello/greeting", "A greeting from an installed module", Access.signedIn(),
                req -> ApiReply.ok(Map.of("greeting", "hello"))));
    }
}
