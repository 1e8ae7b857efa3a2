package org.braid.core.rest;

/** Carries out one operation inside the request's transaction. */
@FunctionalInterface
public interface Handler {
    ApiReply handle(ApiRequest request) throws Exception;
}
