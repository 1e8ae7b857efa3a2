package org.braid.platform.internal.modules;

/**
 * A module as health and the admin pages show it.
 *
 * @param state     ACTIVE (on and serving), STARTING, DISABLED (turned off) or STOPPED (on but not running)
 * @param removable whether it was installed from a KAR and can be uninstalled ({@code DELETE /api/admin/modules/{id}});
 *                  the standard modules are turned off instead
 */
public record ModuleStatus(String id, String name, String version, String state, boolean enabled, boolean removable) {

    /** @return this status saying whether the module can be uninstalled */
    ModuleStatus withRemovable(boolean value) {
        return new ModuleStatus(id, name, version, state, enabled, value);
    }
}
