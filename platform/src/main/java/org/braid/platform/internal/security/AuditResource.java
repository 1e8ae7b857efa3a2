package org.braid.platform.internal.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.braid.core.model.Page;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/audit}: who changed what, for admins and SEA staff, within their scope. */
@Component(service = RestResource.class)
public class AuditResource implements RestResource {
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
        return List.of(Operation.get("/audit", "Changes, newest first, about an organization's subtree (or all the caller may see)",
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
                    int limit = req.intQuery("limit", 100);
                    if (limit < 1 || limit > 1000) throw new ValidationException("limit", "must be between 1 and 1000");
                    List<String> within = orgId != null ? List.of(orgId) : req.actor().homes();
                    return ApiReply.ok(Page.of(audit.find(within, since, limit)));
                }).returningList(AuditLog.Entry.class).withQuery(QueryParam.string("orgId", "the organization whose subtree"), QueryParam.string("since", "ISO-8601 instant"),
                        QueryParam.integer("limit", "at most this many, default 100")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
