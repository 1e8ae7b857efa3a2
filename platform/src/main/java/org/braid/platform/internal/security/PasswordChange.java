package org.braid.platform.internal.security;

/** The body of {@code PUT /api/users/{id}/password}. */
public record PasswordChange(String password) {}
