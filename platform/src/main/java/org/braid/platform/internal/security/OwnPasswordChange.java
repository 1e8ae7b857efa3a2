package org.braid.platform.internal.security;

/** The body of {@code PUT /api/session/password}: a user's change of their own password. */
public record OwnPasswordChange(String currentPassword, String newPassword) {}
