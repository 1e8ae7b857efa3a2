package org.braid.core.rest;

import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/** What a handler reads from the HTTP request; parsing problems become 4xx answers. */
@ProviderType
public interface ApiRequest {

    /** @return the value of a {@code {name}} segment of the operation's path */
    String path(String name);

    /** @return the query parameter, or {@code null} */
    String query(String name);

    /**
     * @return the integer query parameter, or {@code fallback} when absent
     * @throws org.braid.core.model.ValidationException when it is not an integer
     */
    int intQuery(String name, int fallback);

    /**
     * @return the JSON body as the operation's declared type; for {@code byte[]}, the body as sent
     * @throws org.braid.core.model.ValidationException naming the field on malformed JSON, a wrong
     *         type, an unknown enum value or an unknown field
     */
    <T> T body(Class<T> type);

    /** @return the version sent in {@code If-Match}, if any */
    OptionalLong ifMatch();

    /**
     * The version an update is based on: {@code If-Match} if sent, else the body's {@code version}.
     *
     * @param bodyVersion the {@code version} field of the body, or {@code null}
     * @throws org.braid.core.model.PreconditionRequiredException when neither is there
     */
    long expectedVersion(Long bodyVersion);

    /** @return the signed-in user, or {@code null} on a public operation called without sign-in */
    Actor actor();

    /** @return the address of the client, for throttling and the log */
    String remoteAddress();

    /** @return whether the request came over TLS */
    boolean secure();

    /** @return a request header, or {@code null} */
    String header(String name);

    /**
     * Keeps the record an access rule read to find the organization (an element with its plan, say), so that the
     * audit's "before" and the handler use it instead of reading it again. It lives as long as the request, which is
     * one transaction; a later call replaces it.
     *
     * @param record what the request is about, as read in this transaction
     * @since 1.1
     */
    default void keepTarget(Object record) {
    }

    /**
     * @return the record kept by {@link #keepTarget} when it is of this type, else empty (then read it)
     * @since 1.1
     */
    default <T> Optional<T> target(Class<T> type) {
        return Optional.empty();
    }
}
