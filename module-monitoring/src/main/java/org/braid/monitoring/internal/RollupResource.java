package org.braid.monitoring.internal;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** {@code /api/monitoring/rollup}: the interlaced roll-up of an organization's subtree, its drill-down and its trend. */
@Component(service = RestResource.class)
public class RollupResource implements RestResource {
    private final Rollup rollup;

    @Activate
    public RollupResource(@Reference Rollup rollup) {
        this.rollup = rollup;
    }

    @Override
    public String module() {
        return MonitoringModule.ID;
    }

    @Override
    public List<Operation> operations() {
        Access read = Access.read(req -> Checks.require("orgId", req.query("orgId")));
        QueryParam org = QueryParam.string("orgId", "a school, district or SEA: its whole subtree is counted");
        QueryParam year = QueryParam.string("schoolYear", "e.g. 2026-27; default the latest school year with plans in the subtree");
        QueryParam by = QueryParam.string("by", "domain, practice (default), org or essaStatus");
        QueryParam framework = QueryParam.string("framework", "the coding framework the practices and domains are shown in (codes of another count "
                + "through its crosswalk); default the one in force for orgId (its district's own choice where the state lets districts choose, else the network's)");
        return List.of(
                Operation.get("/monitoring/rollup", "Actions and milestones by current status over a subtree, grouped by domain, practice, organization or ESSA status",
                        read, req -> ApiReply.ok(rollup.rollup(req.query("orgId"), req.query("by"), req.query("schoolYear"), req.query("framework"))))
                        .returning(ObjectNode.class).withQuery(org, by, year, framework),
                Operation.get("/monitoring/rollup/organizations", "The organizations behind a cell of the roll-up, most first", read,
                        req -> {
                            int limit = req.intQuery("limit", 100), offset = req.intQuery("offset", 0);
                            if (limit < 1 || limit > 1000) throw new ValidationException("limit", "must be between 1 and 1000");
                            if (offset < 0) throw new ValidationException("offset", "must not be negative");
                            return ApiReply.ok(rollup.organizations(req.query("orgId"), req.query("practice"), req.query("status"), req.query("schoolYear"),
                                    limit, offset, req.query("framework")));
                        }).returning(ObjectNode.class)
                        .withQuery(org, QueryParam.string("practice", "a practice code, e.g. 2B; default all"),
                                QueryParam.string("status", "a status, NOT_REPORTED or overdue; default any"), year,
                                QueryParam.integer("limit", "1..1000, default 100"), QueryParam.integer("offset", "organizations to skip"), framework),
                Operation.get("/monitoring/rollup/trend", "The roll-up month by month: the statuses reported for each month", read,
                        req -> ApiReply.ok(rollup.trend(req.query("orgId"), req.query("by"), req.query("schoolYear"), req.query("framework"))))
                        .returning(ObjectNode.class).withQuery(org, by, year, framework));
    }
}
