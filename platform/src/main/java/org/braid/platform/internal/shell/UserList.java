package org.braid.platform.internal.shell;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.braid.core.rest.Role;
import org.braid.platform.internal.security.Accounts;
import org.braid.platform.internal.security.User;

/** {@code braid:users}: every account, as {@code GET /api/users} lists them. */
@Command(scope = "braid", name = "users", description = "List Braid's user accounts")
@Service
public class UserList extends OperatorCommand {
    @Reference
    Accounts accounts;

    @Override
    void run() {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Username", "Name", "Roles", "Organization", "Disabled", "Id"}) table.column(c);
        for (User u : accounts.list()) {
            String roles = u.roles().stream().map(Role::id).sorted().collect(Collectors.joining(","));
            table.addRow().addContent(u.username(), u.displayName(), roles, u.orgId(), u.disabled(), u.id());
        }
        table.print(System.out);
    }
}
