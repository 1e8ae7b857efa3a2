package org.braid.platform.internal.security;

import java.util.List;

import org.braid.core.model.ValidationException;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/users}: the administrator's user management. */
@Component(service = RestResource.class)
public class UserResource implements RestResource {
    private final Accounts accounts;

    @Activate
    public UserResource(@Reference Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                Operation.get("/users", "Accounts by username, found by part of the username or name and by organization, a page at a time", Access.admin(),
                        req -> ApiReply.ok(accounts.find(new UserQuery(req.query("q"), req.query("orgId"), req.intQuery("limit", UserQuery.DEFAULT_LIMIT),
                                req.intQuery("offset", 0))))).returningList(User.class)
                        .withQuery(QueryParam.string("q", "part of the username or the name"), QueryParam.string("orgId", "users held at this organization"),
                                QueryParam.integer("limit", "page size: 1 to " + UserQuery.MAX_LIMIT + ", default " + UserQuery.DEFAULT_LIMIT),
                                QueryParam.integer("offset", "rows to skip")),
                Operation.post("/users", "Create an account with its organization and roles", NewUser.class, Access.admin(), req -> {
                    User u = accounts.create(req.body(NewUser.class));
                    return ApiReply.created(u).version(u.version());
                }).returning(User.class),
                Operation.get("/users/{id}", "One account", Access.admin(), req -> {
                    User u = accounts.get(req.path("id"));
                    return ApiReply.ok(u).version(u.version());
                }).returning(User.class),
                Operation.put("/users/{id}", "Change roles, organization, assignments, or disable (send If-Match)", User.class, Access.admin(), req -> {
                    User body = req.body(User.class);
                    if (body.id() != null && !body.id().equals(req.path("id"))) throw new ValidationException("id", "does not match the path");
                    User u = accounts.update(req.path("id"), body, req.expectedVersion(body.version()));
                    return ApiReply.ok(u).version(u.version());
                }).returning(User.class),
                Operation.put("/users/{id}/password", "Reset a password; the user's sessions end", PasswordChange.class, Access.admin(), req -> {
                    User u = accounts.resetPassword(req.path("id"), req.body(PasswordChange.class).password());
                    return ApiReply.ok(u).version(u.version());
                }).returning(User.class));
    }
}
