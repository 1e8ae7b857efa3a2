package org.braid.core.rest;

/**
 * The answer to an operation: a status, a body (serialized as JSON unless it is a {@code byte[]} or
 * {@code String} of another media type), and the version for the {@code ETag}.
 */
public record ApiReply(int status, Object body, Long version, String contentType, java.util.Map<String, String> headers) {

    public ApiReply {
        headers = headers == null ? java.util.Map.of() : java.util.Map.copyOf(headers);
    }

    public ApiReply(int status, Object body, Long version, String contentType) {
        this(status, body, version, contentType, null);
    }

    public static ApiReply ok(Object body) {
        return new ApiReply(200, body, null, null);
    }

    public static ApiReply created(Object body) {
        return new ApiReply(201, body, null, null);
    }

    public static ApiReply noContent() {
        return new ApiReply(204, null, null, null);
    }

    /** @return this reply carrying an {@code ETag} for the version */
    public ApiReply version(long v) {
        return new ApiReply(status, body, v, contentType, headers);
    }

    /** @return this reply with one more response header */
    public ApiReply header(String name, String value) {
        java.util.Map<String, String> h = new java.util.HashMap<>(headers);
        h.put(name, value);
        return new ApiReply(status, body, version, contentType, h);
    }

    /** @return this reply with another media type; the body should be {@code byte[]} or {@code String} */
    public ApiReply as(String mediaType) {
        return new ApiReply(status, body, version, mediaType, headers);
    }
}
