package org.braid.planning.internal;

/**
 * The body of {@code POST .../sign-offs}: whether the signature approves the plan. Who signs, and
 * in which role, comes from the signed-in account, never from the body.
 */
public record SignOffRequest(Boolean approves) {}
