package org.braid.planning.internal;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.braid.core.rest.Actor;
import org.braid.core.rest.ApiRequest;
import org.braid.core.rest.Role;

/** A request as the platform hands it to an operation: path parameters, an already parsed body, an If-Match, a kept target. */
final class BenchRequest implements ApiRequest {
    static final Actor ADMIN = new Actor("bench", "bench", null, Set.of(Role.ADMIN), null);
    private final Map<String, String> params;
    private final Object body;
    private final Long ifMatch;
    private Object target;

    BenchRequest(Map<String, String> params, Object body, Long ifMatch) {
        this.params = params;
        this.body = body;
        this.ifMatch = ifMatch;
    }

    @Override
    public String path(String name) {
        return params.get(name);
    }

    @Override
    public String query(String name) {
        return null;
    }

    @Override
    public int intQuery(String name, int fallback) {
        return fallback;
    }

    @Override
    public <T> T body(Class<T> type) {
        return type.cast(body);
    }

    @Override
    public OptionalLong ifMatch() {
        return ifMatch == null ? OptionalLong.empty() : OptionalLong.of(ifMatch);
    }

    @Override
    public long expectedVersion(Long bodyVersion) {
        return ifMatch != null ? ifMatch : bodyVersion;
    }

    @Override
    public Actor actor() {
        return ADMIN;
    }

    @Override
    public String remoteAddress() {
        return "127.0.0.1";
    }

    @Override
    public boolean secure() {
        return false;
    }

    @Override
    public String header(String name) {
        return null;
    }

    /** Kept as the platform's request keeps it. */
    @Override
    public void keepTarget(Object record) {
        this.target = record;
    }

    @Override
    public <T> java.util.Optional<T> target(Class<T> type) {
        return java.util.Optional.ofNullable(target).filter(type::isInstance).map(type::cast);
    }
}
