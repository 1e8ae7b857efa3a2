package org.braid.platform.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code braid:module-disable}: turns a module off, now and after restarts; its data stays. */
@Command(scope = "braid", name = "module-disable", description = "Turn a Braid module off, now and after restarts (its data stays)")
@Service
public class ModuleDisable extends ModuleSwitchCommand {
    @Override
    void run() {
        turn("braid:module-disable", false);
    }
}
