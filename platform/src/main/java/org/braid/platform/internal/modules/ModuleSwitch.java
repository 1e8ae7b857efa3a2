package org.braid.platform.internal.modules;

/** The body of {@code PUT /api/admin/modules/{id}}. */
public record ModuleSwitch(Boolean enabled) {}
