package org.braid.platform.internal.modules;

/**
 * A module as health and the admin pages show it.
 *
 * @param state ACTIVE (on and serving), STARTING, DISABLED (turned off) or STOPPED (on but not running)
 */
public record ModuleStatus(String id, String name, String version, String state, boolean enabled) {}
