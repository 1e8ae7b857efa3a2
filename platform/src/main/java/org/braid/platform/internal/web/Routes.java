package org.braid.platform.internal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live route table: rebuilt whenever a {@link RestResource} service comes or goes, read without
 * locks by every request.
 */
final class Routes {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

    /** A request path matched to an operation. */
    record Match(Route route, Map<String, String> params) {}

    private final Map<RestResource, List<Route>> byResource = new ConcurrentHashMap<>();
    private volatile List<Route> table = List.of();

    void add(RestResource resource) {
        String module = resource.module();
        List<Route> routes = new ArrayList<>();
        for (Operation op : resource.operations()) {
            // a module answers only under its own prefix, so modules cannot shadow each other or the core
            if (!module.equals("core") && !op.path().startsWith("/" + module + "/")) {
                LOG.error("module {} declares {} {} outside /api/{}/; ignored", module, op.method(), op.path(), module);
                continue;
            }
            routes.add(Route.of(module, op));
        }
        byResource.put(resource, routes);
        rebuild();
    }

    void remove(RestResource resource) {
        byResource.remove(resource);
        rebuild();
    }

    private synchronized void rebuild() {
        List<Route> all = new ArrayList<>();
        byResource.values().forEach(all::addAll);
        all.sort(Comparator.comparingInt(Route::specificity).reversed().thenComparing(r -> r.operation().path()));
        table = List.copyOf(all);
    }

    List<Route> all() {
        return table;
    }

    /** @return the route for this method and path, or {@code null} */
    Match find(String method, List<String> path) {
        for (Route r : table) {
            if (!r.operation().method().equals(method)) continue;
            Map<String, String> params = r.match(path);
            if (params != null) return new Match(r, params);
        }
        return null;
    }

    /** @return the methods some operation answers on this path (empty when the path is unknown) */
    Set<String> methods(List<String> path) {
        Set<String> out = new LinkedHashSet<>();
        for (Route r : table) if (r.match(path) != null) out.add(r.operation().method());
        return out;
    }
}
