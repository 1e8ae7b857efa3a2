package org.braid.core.rest;

/** A query parameter an operation reads, for its documentation. */
public record QueryParam(String name, String type, String description) {
    public static QueryParam string(String name, String description) {
        return new QueryParam(name, "string", description);
    }

    public static QueryParam integer(String name, String description) {
        return new QueryParam(name, "integer", description);
    }
}
