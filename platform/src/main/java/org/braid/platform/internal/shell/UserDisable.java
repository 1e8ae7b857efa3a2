package org.braid.platform.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.braid.platform.internal.security.User;

/** {@code braid:user-disable}: disables an account and ends its sessions, as {@code PUT /api/users/{id}} does. */
@Command(scope = "braid", name = "user-disable", description = "Disable a Braid user account; its sessions end")
@Service
public class UserDisable extends UserCommand {
    @Override
    void run() {
        User before = user();
        User after = accounts.update(before.id(), new User(before.id(), before.username(), before.displayName(), before.orgId(), before.roles(),
                before.assigned(), true, before.version()), before.version());
        audited("braid:user-disable", "/api/users/" + before.id(), before.id(), before, after);
        System.out.println("user " + username + " disabled");
    }
}
