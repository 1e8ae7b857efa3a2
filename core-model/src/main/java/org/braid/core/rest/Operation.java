package org.braid.core.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

import org.braid.core.model.Page;

/**
 * One REST operation: method and path (relative to {@code /api}, with {@code {name}} parameters),
 * what it does, what body it takes, what a success answers, and the handler. The platform routes,
 * documents and guards operations from this declaration alone.
 *
 * @param method      GET, POST, PUT or DELETE
 * @param path        e.g. {@code /orgs/{id}/direction}
 * @param summary     one line for the OpenAPI document
 * @param requestBody the Java type the JSON body maps to, {@code byte[]} for a file sent as it is
 *                    ({@code application/octet-stream}, e.g. a module's KAR), or {@code null} for none
 * @param produces    the media type of a successful answer
 * @param query       the query parameters read
 * @param access      who may call it; an operation without one is refused to everyone
 * @param handler     the work
 * @param status      the status of a success; 0 for the method's usual one (201 for POST, 204 for
 *                    DELETE, else 200)
 * @param response    the types a JSON success is made of (all of them at once, as OpenAPI's
 *                    {@code allOf}); empty when not declared. See {@link #returning(Type, Type...)}.
 * @param auditedAs   the path the audit entry of a change names instead of the request's, or {@code null} for the
 *                    request's path with the record before and after. See {@link #auditedAs(String)}.
 * @since 1.1
 */
public record Operation(String method, String path, String summary, Class<?> requestBody, String produces,
        List<QueryParam> query, Access access, Handler handler, int status, List<Type> response, String auditedAs) {

    public static final String JSON = "application/json";

    public Operation {
        query = query == null ? List.of() : List.copyOf(query);
        produces = produces == null ? JSON : produces;
        response = response == null ? List.of() : List.copyOf(response);
    }

    /**
     * The declaration as in 1.1, audited with the request's path and the record before and after.
     *
     * @since 1.1
     */
    public Operation(String method, String path, String summary, Class<?> requestBody, String produces,
            List<QueryParam> query, Access access, Handler handler, int status, List<Type> response) {
        this(method, path, summary, requestBody, produces, query, access, handler, status, response, null);
    }

    /** The declaration without a documented answer, as in 1.0. */
    public Operation(String method, String path, String summary, Class<?> requestBody, String produces,
            List<QueryParam> query, Access access, Handler handler) {
        this(method, path, summary, requestBody, produces, query, access, handler, 0, List.of(), null);
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
        return new Operation(method, path, summary, requestBody, produces, List.of(params), access, handler, status, response, auditedAs);
    }

    /** @return this operation answering with another media type, e.g. {@code application/pdf} */
    public Operation producing(String mediaType) {
        return new Operation(method, path, summary, requestBody, mediaType, query, access, handler, status, response, auditedAs);
    }

    /**
     * Documents what a success answers: a record type (its components become the schema's
     * properties), {@code ObjectNode} for a document served as it is stored, or {@link #listOf(Class)}
     * for the list shape. More than one type means the answer has the properties of each.
     *
     * @return this operation with its answer documented
     * @since 1.1
     */
    public Operation returning(Type type, Type... more) {
        List<Type> all = new java.util.ArrayList<>(List.of(type));
        all.addAll(List.of(more));
        return new Operation(method, path, summary, requestBody, produces, query, access, handler, status, all, auditedAs);
    }

    /**
     * @return this operation documenting {@code {"items":[...],"total":n}} of the item type
     * @since 1.1
     */
    public Operation returningList(Class<?> item) {
        return returning(listOf(item));
    }

    /**
     * @param code the status of a success when it is not the method's usual one, e.g. 200 for a POST
     *             that changes a record without creating one
     * @return this operation with that status documented
     * @since 1.1
     */
    public Operation status(int code) {
        return new Operation(method, path, summary, requestBody, produces, query, access, handler, code, response, auditedAs);
    }

    /**
     * Makes the audit entry of this change say only who changed which record: it names the given path, with the
     * request's path parameters filled in, and keeps neither the record before nor after. For a change whose values and
     * finer path are not for the trail's readers, such as a member's private rating, recorded as
     * {@code /self-assessment/reflections/{id}/my-ratings} without the element or the level.
     *
     * @param path a path relative to {@code /api} whose {@code {name}} parameters are among this operation's
     * @return this operation audited so
     * @since 1.2
     */
    public Operation auditedAs(String path) {
        return new Operation(method, this.path, summary, requestBody, produces, query, access, handler, status, response, path);
    }

    /** @return the status of a success: the declared one, else 201 for POST, 204 for DELETE, 200 otherwise */
    public int successStatus() {
        if (status != 0) return status;
        return switch (method) {
            case "POST" -> 201;
            case "DELETE" -> 204;
            default -> 200;
        };
    }

    /**
     * @return the type {@code Page<item>}: the one list shape of the API
     * @since 1.1
     */
    public static ParameterizedType listOf(Class<?> item) {
        return new PageOf(item);
    }

    /** {@code Page<T>} for a given T, so that the generic answer can be documented. */
    private record PageOf(Class<?> item) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {item};
        }

        @Override
        public Type getRawType() {
            return Page.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }
}
