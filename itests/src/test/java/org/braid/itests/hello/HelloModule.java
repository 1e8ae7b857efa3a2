package org.braid.itests.hello;

import java.util.List;
import java.util.Map;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworkProvider;
import org.braid.core.spi.Crosswalk;
import org.braid.core.spi.CrosswalkProvider;
import org.braid.core.spi.Domain;
import org.braid.core.spi.ModuleDescriptor;
import org.braid.core.spi.Practice;

/**
 * A very small Braid module: one REST operation, {@code GET /api/hello/greeting}, and a framework pack (the two-practice
 * {@code hello-rubric}, with a crosswalk onto the Four Domains). Tests pack it, with a features XML, into a KAR (see
 * {@link HelloKar}) and install it into a running Braid.
 */
public class HelloModule implements ModuleDescriptor, RestResource, CodingFrameworkProvider, CrosswalkProvider {

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

    @Override
    public CodingFramework framework() {
        return new CodingFramework("hello-rubric", "Hello rubric", "1", null,
                List.of(new Domain("H", "Hello", List.of(new Practice("H1", "Greet"), new Practice("H2", "Listen")))));
    }

    @Override
    public List<Crosswalk> crosswalks() {
        return List.of(new Crosswalk("hello-rubric", "four-domains", null, Map.of("H1", List.of("1A", "3B"))));
    }
}
