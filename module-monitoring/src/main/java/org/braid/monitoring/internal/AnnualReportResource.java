package org.braid.monitoring.internal;

import java.util.List;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/monitoring/orgs/{id}/annual-report}: the year's story of an organization, as JSON and as a PDF. */
@Component(service = RestResource.class)
public class AnnualReportResource implements RestResource {
    private final AnnualReport reports;

    @Activate
    public AnnualReportResource(@Reference AnnualReport reports) {
        this.reports = reports;
    }

    @Override
    public String module() {
        return MonitoringModule.ID;
    }

    @Override
    public List<Operation> operations() {
        QueryParam year = QueryParam.string("schoolYear", "e.g. 2025-26; default the latest school year with plans in the subtree");
        return List.of(
                Operation.get("/monitoring/orgs/{id}/annual-report", "The year's story: direction, goals against targets, what was done, what moved, "
                        + "what was adjusted and why, supports received", Access.read(Access.pathOrg("id")),
                        req -> ApiReply.ok(reports.story(req.path("id"), req.query("schoolYear")))).returning(AnnualReport.Story.class).withQuery(year),
                Operation.get("/monitoring/orgs/{id}/annual-report.pdf", "The year's story as a printable PDF", Access.read(Access.pathOrg("id")), req -> {
                    AnnualReport.Story s = reports.story(req.path("id"), req.query("schoolYear"));
                    return ApiReply.ok(AnnualReportPdf.pdf(s)).as("application/pdf")
                            .header("Content-Disposition", "inline; filename=\"annual-report-" + s.schoolYear() + ".pdf\"");
                }).producing("application/pdf").withQuery(year));
    }
}
