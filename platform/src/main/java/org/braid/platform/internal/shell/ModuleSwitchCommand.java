package org.braid.platform.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.braid.platform.internal.modules.ModuleRegistry;
import org.braid.platform.internal.modules.ModuleStatus;

/** Turns a module on or off through the registry, as {@code PUT /api/admin/modules/{id}} does. */
abstract class ModuleSwitchCommand extends OperatorCommand {
    @Reference
    ModuleRegistry registry;

    @Argument(index = 0, name = "module", description = "The module's id, as braid:modules lists it", required = true)
    String id;

    void turn(String command, boolean on) {
        ModuleStatus before = registry.module(id);
        ModuleStatus after = registry.setEnabled(id, on);
        audited(command, "/api/admin/modules/" + id, id, before, after);
        System.out.println("module " + id + " is " + (on ? "on" : "off") + " (" + after.state() + ")");
    }
}
