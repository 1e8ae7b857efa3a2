package org.braid.platform.internal.network;

/**
 * Whether an organization's progress page is published, and whether its state requires it to be.
 *
 * @param orgId ignored in a request: the path names the organization
 * @param required on a state: every organization under it publishes (and cannot take its page down); in an answer,
 *                 whether the organization's state requires it
 */
public record Publication(String orgId, Boolean published, Boolean required) {}
