package org.braid.core.rest;

import java.util.List;

/**
 * One REST operation: method and path (relative to {@code /api}, with {@code {name}} parameters),
 * what it does, what body it takes, and the handler. The platform routes, documents and guards
 * operations from this declaration alone.
 *
 * @param method      GET, POST, PUT or DELETE
 * @param path        e.g. {@code /orgs/{id}/direction}
 * @param summary     one line for the OpenAPI document
 * @param requestBody the Java type the JSON body maps to, or {@code null} for none
 * @param produces    the media type of a successful answer
 * @param query       the query parameters read
 * @param access      who may call it; an operation without one is refused to everyone
 * @param handler     the work
 */
public record Operation(String method, String path, String summary, Class<?> requestBody, String produces,
        List<QueryParam> query, Access access, Handler handler) {

    public static final String JSON = "application/json";

    public Operation {
        query = query == null ? List.of() : List.copyOf(query);
        produces = produces == null ? JSON : produces;
    }

    public static Operation get(String path, String summary, Access access, Handler handler) {
        return new Operation("GET", path, summary, null, JSON, List.of(), access, handler);
    }

    public static Operation post(String path, String summary, Class<?> body, Access access, Handler handler) {
        return new Operation("POST", path, summary, body, JSON, List.of(), access, handler);
    }

    public static Operation put(String path, String summary, Class<?> body, Access access, Handler handler) {
        return new Operation("PUT", path, summary, body, JSON, List.of(), access, handler);
    }

    public static Operation delete(String path, String summary, Access access, Handler handler) {
        return new Operation("DELETE", path, summary, null, JSON, List.of(), access, handler);
    }

    /** @return this operation also documenting the query parameters it reads */
    public Operation withQuery(QueryParam... params) {
        return new Operation(method, path, summary, requestBody, produces, List.of(params), access, handler);
    }

    /** @return this operation answering with another media type, e.g. {@code application/pdf} */
    public Operation producing(String mediaType) {
        return new Operation(method, path, summary, requestBody, mediaType, query, access, handler);
    }
}
