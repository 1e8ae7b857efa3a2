package org.braid.platform.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code braid:module-enable}: turns a module on, now and after restarts. */
@Command(scope = "braid", name = "module-enable", description = "Turn a Braid module on, now and after restarts")
@Service
public class ModuleEnable extends ModuleSwitchCommand {
    @Override
    void run() {
        turn("braid:module-enable", true);
    }
}
