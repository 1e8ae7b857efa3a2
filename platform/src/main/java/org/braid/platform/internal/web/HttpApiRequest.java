package org.braid.platform.internal.web;

import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;

import org.braid.platform.internal.http.Json;
import org.braid.core.model.PreconditionRequiredException;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Actor;
import org.braid.core.rest.ApiRequest;

/** An {@link ApiRequest} over a servlet request whose body was already read within the size limit. */
final class HttpApiRequest implements ApiRequest {
    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

    private final HttpServletRequest request;
    private final Map<String, String> params;
    private final byte[] body;
    private final ProxyTrust proxies;
    private final Map<Class<?>, Object> parsed = new java.util.HashMap<>();
    private Actor actor;
    /** What the access rule read, kept for the audit and the handler. */
    private Object target;

    HttpApiRequest(HttpServletRequest request, Map<String, String> params, byte[] body, ProxyTrust proxies) {
        this.request = request;
        this.params = params;
        this.body = body;
        this.proxies = proxies;
    }

    @Override
    public String path(String name) {
        return params.get(name);
    }

    @Override
    public String query(String name) {
        return request.getParameter(name);
    }

    @Override
    public int intQuery(String name, int fallback) {
        String v = query(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "must be an integer");
        }
    }

    /**
     * Parsed once per type: the access rule and the handler may both read the body. {@code byte[]} is the body as sent,
     * for an operation that declares a binary body.
     */
    @Override
    public <T> T body(Class<T> type) {
        if (type == byte[].class) return type.cast(body.clone());
        return type.cast(parsed.computeIfAbsent(type, t -> Json.read(body, t)));
    }

    void actor(Actor actor) {
        this.actor = actor;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public String remoteAddress() {
        return proxies.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** Over TLS to Braid, or to a trusted proxy in front of it. */
    @Override
    public boolean secure() {
        return proxies.secure(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    @Override
    public OptionalLong ifMatch() {
        String h = request.getHeader("If-Match");
        if (h == null) return OptionalLong.empty();
        Matcher m = ETAG.matcher(h);
        if (!m.matches()) throw new ValidationException("If-Match", "must be the ETag of a GET, e.g. \"3\"");
        return OptionalLong.of(Long.parseLong(m.group(1)));
    }

    @Override
    public long expectedVersion(Long bodyVersion) {
        OptionalLong header = ifMatch();
        if (header.isPresent()) return header.getAsLong();
        if (bodyVersion != null) return bodyVersion;
        throw new PreconditionRequiredException();
    }

    @Override
    public String header(String name) {
        return request.getHeader(name);
    }

    @Override
    public void keepTarget(Object record) {
        this.target = record;
    }

    @Override
    public <T> java.util.Optional<T> target(Class<T> type) {
        return type.isInstance(target) ? java.util.Optional.of(type.cast(target)) : java.util.Optional.empty();
    }
}
