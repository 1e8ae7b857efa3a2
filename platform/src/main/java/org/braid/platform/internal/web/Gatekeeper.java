package org.braid.platform.internal.web;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.braid.platform.internal.http.HttpProblem;
import org.braid.platform.internal.http.Json;
import org.braid.core.model.NotFoundException;
import org.braid.core.rest.Access;
import org.braid.core.rest.Access.Permission;
import org.braid.core.rest.Actor;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.platform.internal.security.Accounts;
import org.braid.platform.internal.security.AuditLog;
import org.braid.platform.internal.security.Credentials;
import org.braid.platform.internal.security.Guard;
import org.braid.platform.internal.security.Sessions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs every request past the same checks before its handler: who is calling (session cookie or
 * bearer token), whether a cookie-borne change comes from Braid's own pages, and whether the
 * operation's declared {@link Access} allows it on the organization it touches. Afterwards it writes
 * the audit entry of a change.
 */
@Component(service = Gatekeeper.class)
public class Gatekeeper {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** A path parameter in an operation's path, e.g. {@code {id}}. */
    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

    /** A request let through: its caller and the organization it touches. */
    public record Pass(Actor actor, String orgId, boolean audited) {}

    private final Sessions sessions;
    private final Accounts accounts;
    private final Guard guard;
    private final AuditLog audit;

    @Activate
    public Gatekeeper(@Reference Sessions sessions, @Reference Accounts accounts, @Reference Guard guard, @Reference AuditLog audit) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.guard = guard;
        this.audit = audit;
    }

    /**
     * @param origin    the {@code Origin} header, or {@code null}
     * @param ownOrigin this server's origin as the client addressed it
     * @throws HttpProblem 401 without a session, 403 when refused; NotFoundException when out of scope
     */
    Pass admit(Operation op, HttpApiRequest request, String method, String origin, String ownOrigin) throws Exception {
        Access access = op.access();
        if (access == null) throw new HttpProblem(403, "this operation declares no access rule, so no one may call it", List.of());
        Credentials cred = Credentials.of(request);
        Actor actor = cred == null ? null : sessions.user(cred.token()).flatMap(s -> accounts.actor(s.userId(), s.accountVersion())).orElse(null);
        request.actor(actor);
        boolean change = !SAFE.contains(method);
        if (access.permission() == Permission.PUBLIC) return new Pass(actor, null, false);
        if (actor == null) throw new HttpProblem(401, "sign in first: POST /api/session, then send the cookie or Authorization: Bearer <token>", List.of());
        if (change && cred.fromCookie() && (origin == null || !origin.equalsIgnoreCase(ownOrigin))) {
            // a browser sends Origin with every cross-site or same-site change; a forged form from elsewhere fails here
            throw new HttpProblem(403, "cross-site request refused: changes with a session cookie must come from Braid's own pages", List.of());
        }
        String orgId = access.org() == null ? null : access.org().orgId(request);
        switch (guard.decide(actor, access.permission(), orgId)) {
            case HIDE -> throw new NotFoundException("organization", orgId);
            case FORBID -> throw new HttpProblem(403, "your role does not allow this here", List.of());
            default -> { }
        }
        return new Pass(actor, orgId, change);
    }

    /** @return the name of the cookie a browser's session travels in, for the OpenAPI document */
    String sessionCookie() {
        return Credentials.COOKIE;
    }

    void audit(Pass pass, Operation op, String path, HttpApiRequest request, Object before, ApiReply reply) {
        if (op.auditedAs() != null) {
            // the operation keeps its values and finer path from the trail: who changed which record, nothing more
            audit.record(pass.actor(), op.method() + " " + op.auditedAs(), "/api" + filled(op.auditedAs(), request), pass.orgId(),
                    request.path("id"), null, null);
            return;
        }
        Object after = reply.contentType() == null || reply.contentType().startsWith(Operation.JSON) ? reply.body() : null;
        String recordId = request.path("id");
        if (recordId == null && after != null) {
            var id = Json.MAPPER.valueToTree(after).path("id");
            if (id.isTextual()) recordId = id.asText();
        }
        audit.record(pass.actor(), op.method() + " " + op.path(), path, pass.orgId(), recordId, before, after);
    }

    /** @return the path with each {@code {name}} replaced by the request's path parameter of that name */
    static String filled(String template, HttpApiRequest request) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = request.path(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }
}
