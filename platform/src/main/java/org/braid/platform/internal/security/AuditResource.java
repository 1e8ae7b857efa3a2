package org.braid.platform.internal.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.braid.core.model.Checks;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/audit}: who changed what, for admins and SEA staff, within their scope, a page at a time. */
@Component(service = RestResource.class)
public class AuditResource implements RestResource {
    static final int DEFAULT_PAGE = 50;
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z"), LAST = Instant.parse("9999-12-31T23:59:59Z");
    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/audit", "Changes, newest first, about an organization's subtree (or all the caller may see), by user, operation "
                + "and time, a page at a time", Access.audit(req -> blankToNull(req.query("orgId"))), req -> {
                    String orgId = blankToNull(req.query("orgId"));
                    Instant since = instant(req.query("since"), "since");
                    Instant until = instant(req.query("until"), "until");
                    String user = blankToNull(req.query("user"));
                    String operation = blankToNull(req.query("operation"));
                    Checks checks = new Checks().maxLength("user", user, 64).maxLength("operation", operation, 300);
                    if (since != null && until != null && !until.isAfter(since)) checks.add("until", "must be after since");
                    int limit = req.intQuery("limit", DEFAULT_PAGE);
                    if (limit < 1 || limit > AuditLog.MAX_PAGE) checks.add("limit", "must be between 1 and " + AuditLog.MAX_PAGE);
                    Long cursor = null;
                    String c = blankToNull(req.query("cursor"));
                    if (c != null) {
                        if (c.matches("\\d{1,18}")) cursor = Long.parseLong(c);
                        else checks.add("cursor", "must be the next cursor of an earlier page");
                    }
                    checks.throwIfAny();
                    List<String> within = orgId != null ? List.of(orgId) : req.actor().homes();
                    return ApiReply.ok(audit.find(new AuditLog.Filter(within, user, operation, since, until), limit, cursor));
                }).returning(AuditLog.Page.class).withQuery(QueryParam.string("orgId", "the organization whose subtree"),
                        QueryParam.string("user", "the username who made the changes, or whose account they changed"),
                        QueryParam.string("operation", "one operation as entries name it, e.g. PUT /users/{id}"),
                        QueryParam.string("since", "ISO-8601 instant: entries at or after it"), QueryParam.string("until", "ISO-8601 instant: entries before it"),
                        QueryParam.integer("limit", "page size: at most " + AuditLog.MAX_PAGE + ", default " + DEFAULT_PAGE),
                        QueryParam.string("cursor", "the next cursor of the page before, for the page after it")));
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) return null;
        try {
            Instant at = Instant.parse(value.strip());
            // beyond these a timestamp column cannot hold it
            if (at.isAfter(LAST) || at.isBefore(FIRST)) throw new ValidationException(field, "must be between the years 1 and 9999");
            return at;
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be an instant like 2026-11-23T00:00:00Z");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
