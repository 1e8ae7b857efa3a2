package org.braid.platform.internal.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
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

/** {@code GET /api/audit}: who changed what, for admins and SEA staff, within their scope, a page at a time. */
@Component(service = RestResource.class)
public class AuditResource implements RestResource {
    static final int DEFAULT_PAGE = 50;
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
        return List.of(Operation.get("/audit", "Changes, newest first, about an organization's subtree (or all the caller may see), a page at a time",
                Access.audit(req -> blankToNull(req.query("orgId"))), req -> {
                    String orgId = blankToNull(req.query("orgId"));
                    Instant since = null;
                    if (req.query("since") != null) {
                        try {
                            since = Instant.parse(req.query("since").strip());
                        } catch (DateTimeParseException e) {
                            throw new ValidationException("since", "must be an instant like 2026-11-23T00:00:00Z");
                        }
                    }
                    int limit = req.intQuery("limit", DEFAULT_PAGE);
                    if (limit < 1 || limit > AuditLog.MAX_PAGE) throw new ValidationException("limit", "must be between 1 and " + AuditLog.MAX_PAGE);
                    Long cursor = null;
                    String c = blankToNull(req.query("cursor"));
                    if (c != null) {
                        if (!c.matches("\\d{1,18}")) throw new ValidationException("cursor", "must be the next cursor of an earlier page");
                        cursor = Long.parseLong(c);
                    }
                    List<String> within = orgId != null ? List.of(orgId) : req.actor().homes();
                    return ApiReply.ok(audit.find(within, since, limit, cursor));
                }).withQuery(QueryParam.string("orgId", "the organization whose subtree"), QueryParam.string("since", "ISO-8601 instant"),
                        QueryParam.integer("limit", "page size: at most " + AuditLog.MAX_PAGE + ", default " + DEFAULT_PAGE),
                        QueryParam.string("cursor", "the next cursor of the page before, for the page after it")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
