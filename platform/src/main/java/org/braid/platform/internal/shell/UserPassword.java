package org.braid.platform.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.braid.platform.internal.security.User;

/** {@code braid:user-password}: resets a password with the checks of {@code PUT /api/users/{id}/password}. */
@Command(scope = "braid", name = "user-password", description = "Reset a Braid user's password; the user's sessions end")
@Service
public class UserPassword extends UserCommand {
    @Argument(index = 1, name = "password", description = "The new password", required = true)
    String password;

    @Override
    void run() {
        User before = user();
        User after = accounts.resetPassword(before.id(), password);
        audited("braid:user-password", "/api/users/" + before.id() + "/password", before.id(), before, after);
        System.out.println("password of " + username + " reset");
    }
}
