package org.braid.platform.internal.network;

/**
 * Whether an organization's progress page is published.
 *
 * @param orgId ignored in a request: the path names the organization
 */
public record Publication(String orgId, Boolean published) {}
