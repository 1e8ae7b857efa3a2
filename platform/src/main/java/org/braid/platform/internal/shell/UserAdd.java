package org.braid.platform.internal.shell;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Role;
import org.braid.platform.internal.security.Accounts;
import org.braid.platform.internal.security.NewUser;
import org.braid.platform.internal.security.User;

/** {@code braid:user-add}: creates an account with the checks of {@code POST /api/users}. */
@Command(scope = "braid", name = "user-add", description = "Create a Braid user account")
@Service
public class UserAdd extends OperatorCommand {
    @Reference
    Accounts accounts;

    @Argument(index = 0, name = "username", description = "3 to 64 lower-case letters, digits, '.', '_' or '-'", required = true)
    String username;

    @Argument(index = 1, name = "password", description = "The first password (the user can change it)", required = true)
    String password;

    @Option(name = "--role", aliases = "-r", description = "admin, sea-staff, lea-leader, school-leader, coach or viewer (repeat for several)",
            required = true, multiValued = true)
    List<String> roles;

    @Option(name = "--org", aliases = "-o", description = "The id of the user's organization (required for every role but admin)")
    String orgId;

    @Option(name = "--name", aliases = "-n", description = "The name shown in Braid")
    String displayName;

    @Override
    void run() {
        Set<Role> parsed = new LinkedHashSet<>();
        for (String r : roles) {
            try {
                parsed.add(Role.of(r));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("roles", e.getMessage());
            }
        }
        User u = accounts.create(new NewUser(username, displayName, password, orgId, parsed, List.of()));
        audited("braid:user-add", "/api/users", u.id(), null, u);
        System.out.println("user " + u.username() + " created (" + u.id() + ")");
    }
}
