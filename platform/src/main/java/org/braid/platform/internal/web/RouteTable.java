package org.braid.platform.internal.web;

import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The API's live route table: every {@link RestResource} service's operations, and the OpenAPI document of them. It
 * is a component of its own, not part of the servlet, because the HTTP whiteboard disposes of the servlet and makes a
 * new one whenever it restarts its context (a module's pages or servlet coming or going): a request still handed to
 * the old servlet must find the routes as they are.
 */
@Component(service = RouteTable.class, immediate = true)
public class RouteTable {
    private final Routes routes = new Routes();

    @Activate
    public RouteTable(@Reference Gatekeeper gate) {
        routes.add(new OpenApiResource(routes, gate.sessionCookie()));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(RestResource resource) {
        routes.add(resource);
    }

    void removeResource(RestResource resource) {
        routes.remove(resource);
    }

    Routes routes() {
        return routes;
    }
}
