package org.braid.platform.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.braid.core.model.Checks;
import org.braid.core.model.ValidationException;
import org.braid.core.model.Violation;
import org.braid.core.rest.Access;
import org.braid.core.rest.Actor;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.ApiRequest;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.core.rest.Role;
import org.braid.platform.internal.http.HttpProblem;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /api/session}: sign in (cookie and bearer token), who am I, sign out. */
@Component(service = RestResource.class)
public class SessionResource implements RestResource {
    /** Who is signed in: their organization, roles and, for a coach, the organizations assigned. */
    public record Me(String userId, String username, String orgId, Set<Role> roles, List<String> assigned) {}

    /** A new session: the bearer token for scripts (browsers get the same in the cookie), until when, and who. */
    public record Session(String token, String expiresAt, Me user) {}

    private static final Logger LOG = LoggerFactory.getLogger(SessionResource.class);
    private final Accounts accounts;
    private final Sessions sessions;
    private final SignInBrake brake;

    @Activate
    public SessionResource(@Reference Accounts accounts, @Reference Sessions sessions, @Reference Database db) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.brake = new SignInBrake(db, Clock.systemUTC());
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                Operation.post("/session", "Sign in; answers a bearer token and sets the session cookie", SignIn.class, Access.open(), this::signIn)
                        .returning(Session.class),
                Operation.get("/session", "Who is signed in (send the cookie or the token)", Access.open(), req -> {
                    if (req.actor() == null) throw new HttpProblem(401, "not signed in", List.of());
                    return ApiReply.ok(me(req.actor()));
                }).returning(Me.class),
                Operation.put("/session/password", "Change your own password, giving the current one; your other sessions end",
                        OwnPasswordChange.class, Access.signedIn(), this::changeOwnPassword).status(204),
                Operation.delete("/session", "Sign out", Access.open(), req -> {
                    Credentials cred = Credentials.of(req);
                    if (cred != null) sessions.close(cred.token());
                    return ApiReply.noContent().header("Set-Cookie", cookie("", 0, req.secure()));
                }));
    }

    private ApiReply signIn(ApiRequest req) {
        SignIn in = req.body(SignIn.class);
        String username = Checks.require("username", in.username()).strip();
        Checks.require("password", in.password());
        Duration wait = brake.wait(username, req.remoteAddress());
        if (!wait.isZero()) {
            throw new HttpProblem(429, "too many failed sign-ins; try again in " + Math.max(1, wait.toSeconds()) + " s", List.of(),
                    Math.max(1, wait.toSeconds()));
        }
        var userId = accounts.authenticate(username, in.password());
        if (userId.isEmpty()) {
            brake.failed(username, req.remoteAddress());
            LOG.info("failed sign-in for {} from {}", username.replaceAll("[^A-Za-z0-9._-]", "?"), req.remoteAddress());
            return refusal(401, "wrong username or password", List.of()).header("WWW-Authenticate", "Bearer");
        }
        brake.succeeded(username, req.remoteAddress());
        String token = sessions.open(userId.get());
        Session body = new Session(token, Instant.now().plus(Sessions.LIFETIME).toString(), me(accounts.actor(userId.get()).orElseThrow()));
        return ApiReply.created(body).header("Set-Cookie", cookie(token, Sessions.LIFETIME.toSeconds(), req.secure()));
    }

    /** ASVS 2.1.5: the current password proves it is the user; wrong guesses count like failed sign-ins. */
    private ApiReply changeOwnPassword(ApiRequest req) {
        OwnPasswordChange in = req.body(OwnPasswordChange.class);
        String current = Checks.require("currentPassword", in.currentPassword());
        Checks.require("newPassword", in.newPassword());
        String username = req.actor().username();
        Duration wait = brake.wait(username, req.remoteAddress());
        if (!wait.isZero()) {
            throw new HttpProblem(429, "too many wrong passwords; try again in " + Math.max(1, wait.toSeconds()) + " s", List.of(),
                    Math.max(1, wait.toSeconds()));
        }
        if (accounts.authenticate(username, current).isEmpty()) {
            brake.failed(username, req.remoteAddress());
            return refusal(400, "is not your current password", List.of(new Violation("currentPassword", "is not your current password")));
        }
        if (current.equals(in.newPassword())) throw new ValidationException("newPassword", "must differ from the current password");
        accounts.changeOwnPassword(req.actor().userId(), in.newPassword(), Sessions.hash(Credentials.of(req).token()));
        return ApiReply.noContent();
    }

    /**
     * A refusal answered rather than thrown, as the API answers errors ({@code error}, {@code details}): a thrown one would roll
     * back the request's transaction, and with it the failure just counted.
     */
    private static ApiReply refusal(int status, String message, List<Violation> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("details", details);
        return new ApiReply(status, body, null, null);
    }

    private static Me me(Actor a) {
        return new Me(a.userId(), a.username(), a.orgId(), a.roles(), a.assigned());
    }

    static String cookie(String token, long maxAge, boolean secure) {
        return Credentials.COOKIE + "=" + token + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
