package org.braid.platform.internal.security;

/** The body of {@code POST /api/session}. */
public record SignIn(String username, String password) {}
