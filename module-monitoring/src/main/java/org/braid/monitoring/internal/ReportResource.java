package org.braid.monitoring.internal;

import java.util.List;
import java.util.Map;

import org.braid.core.model.Checks;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.ApiRequest;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/monitoring/status-reports} and a whole plan's monthly report; they need no other module. */
@Component(service = RestResource.class)
public class ReportResource implements RestResource {
    private final StatusReports reports;
    private final Items items;

    @Activate
    public ReportResource(@Reference StatusReports reports, @Reference Items items) {
        this.reports = reports;
        this.items = items;
    }

    @Override
    public String module() {
        return MonitoringModule.ID;
    }

    /** @return the organization of the plan an element is in (404 when monitoring counts no such element) */
    String elementOrg(String elementId) {
        Item item = items.get(Checks.require("elementId", elementId));
        if (item == null) throw new NotFoundException("action or milestone", elementId);
        return item.orgId();
    }

    String planOrg(String planId) {
        Items.PlanRef p = items.plan(Checks.require("planId", planId));
        if (p == null) throw new NotFoundException("plan", planId);
        return p.orgId();
    }

    @Override
    public List<Operation> operations() {
        Access.OrgOf reportOrg = req -> reports.get(req.path("id")).orgId();
        return List.of(
                Operation.post("/monitoring/status-reports", "File a monthly status report on an action or milestone of a plan",
                        ReportInput.class, Access.edit(req -> elementOrg(req.body(ReportInput.class).elementId())), req -> {
                    StatusReport r = reports.file(req.body(ReportInput.class), req.actor().username());
                    return ApiReply.created(r).version(r.version());
                }),
                Operation.get("/monitoring/status-reports", "The status reports of a plan or of one action or milestone, newest month first",
                        Access.read(req -> req.query("planId") != null ? planOrg(req.query("planId")) : elementOrg(req.query("elementId"))), req -> {
                    // also answers the platform's "before" of a POST here, which carries no query: a clear 400, not a crash
                    if (req.query("planId") == null) Checks.require("elementId", req.query("elementId"));
                    int limit = req.intQuery("limit", 100), offset = req.intQuery("offset", 0);
                    if (limit < 1 || limit > 1000) throw new ValidationException("limit", "must be between 1 and 1000");
                    if (offset < 0) throw new ValidationException("offset", "must not be negative");
                    String period = req.query("period");
                    if (period != null) StatusReports.month("period", period);
                    var page = reports.list(req.query("planId"), req.query("elementId"), period, limit, offset);
                    return ApiReply.ok(Map.of("items", page.items(), "total", page.total()));
                }).withQuery(QueryParam.string("planId", "the plan (or give elementId)"), QueryParam.string("elementId", "one action or milestone"),
                        QueryParam.string("period", "only this month, e.g. 2026-10"), QueryParam.integer("limit", "1..1000, default 100"),
                        QueryParam.integer("offset", "rows to skip")),
                Operation.get("/monitoring/status-reports/{id}", "One status report", Access.read(reportOrg), req -> {
                    StatusReport r = reports.get(req.path("id"));
                    return ApiReply.ok(r).version(r.version());
                }),
                Operation.put("/monitoring/status-reports/{id}", "Correct a status report (send If-Match); its element and month stay",
                        ReportInput.class, Access.edit(reportOrg), req -> {
                    ReportInput body = req.body(ReportInput.class);
                    StatusReport r = reports.update(req.path("id"), body, req.expectedVersion(body.version()));
                    return ApiReply.ok(r).version(r.version());
                }),
                Operation.delete("/monitoring/status-reports/{id}", "Withdraw a status report; the element's status falls back to the one before",
                        Access.edit(reportOrg), req -> {
                    reports.delete(req.path("id"), ifMatch(req));
                    return ApiReply.noContent();
                }),
                Operation.post("/monitoring/plans/{planId}/status-reports", "File a whole plan's monthly report at once, all or nothing",
                        PlanReportInput.class, Access.edit(req -> planOrg(req.path("planId"))), req -> {
                    String planId = req.path("planId");
                    PlanReportInput body = req.body(PlanReportInput.class);
                    List<StatusReport> filed = reports.fileAll(planId, body, req.actor().username());
                    return ApiReply.created(Map.of("planId", planId, "period", body.period(), "reports", filed, "total", filed.size()));
                }));
    }

    static Long ifMatch(ApiRequest req) {
        var v = req.ifMatch();
        return v.isPresent() ? v.getAsLong() : null;
    }
}
