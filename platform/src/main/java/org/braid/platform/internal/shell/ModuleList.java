package org.braid.platform.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.braid.platform.internal.modules.ModuleRegistry;
import org.braid.platform.internal.modules.ModuleStatus;

/** {@code braid:modules}: every installed module, as {@code GET /api/admin/modules} lists them. */
@Command(scope = "braid", name = "modules", description = "List Braid's modules: id, name, version, state, turned on")
@Service
public class ModuleList extends OperatorCommand {
    @Reference
    ModuleRegistry registry;

    @Override
    void run() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("State");
        table.column("Enabled");
        for (ModuleStatus m : registry.modules()) table.addRow().addContent(m.id(), m.name(), m.version(), m.state(), m.enabled());
        table.print(System.out);
    }
}
