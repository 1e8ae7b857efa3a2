package org.braid.platform.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.braid.core.model.ValidationException;
import org.braid.platform.internal.security.Accounts;
import org.braid.platform.internal.security.User;

/** A command on one existing account, named by its username as the operator knows it. */
abstract class UserCommand extends OperatorCommand {
    @Reference
    Accounts accounts;

    @Argument(index = 0, name = "username", description = "The user's sign-in name", required = true)
    String username;

    /** @throws ValidationException when no account has this username */
    User user() {
        return accounts.list().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new ValidationException("username", "no account is named \"" + username + "\"; braid:users lists them"));
    }
}
