package org.braid.monitoring.internal;

import java.util.List;

import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Publications;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/monitoring/public/orgs/{id}}: an organization's published progress, for anyone, without signing in.
 * An organization that has not published is not found, exactly like one that does not exist.
 */
@Component(service = RestResource.class)
public class PublicResource implements RestResource {
    private final AnnualReport reports;
    private final Publications publications;
    private final OrganizationService orgs;
    private final CalendarSettings settings;

    @Activate
    public PublicResource(@Reference AnnualReport reports, @Reference Publications publications, @Reference OrganizationService orgs,
            @Reference CalendarSettings settings) {
        this.reports = reports;
        this.publications = publications;
        this.orgs = orgs;
        this.settings = settings;
    }

    @Override
    public String module() {
        return MonitoringModule.ID;
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/monitoring/public/orgs/{id}", "An organization's published progress: its year in plain words, with small numbers "
                + "suppressed; not found until the organization publishes it", Access.open(), req -> {
            String id = req.path("id");
            if (id == null || !id.matches("[0-9a-fA-F-]{36}") || !publications.published(id)) throw new NotFoundException("published organization", id);
            return ApiReply.ok(PublicStory.of(reports.story(id, req.query("schoolYear")), orgs.get(id), settings.publicMinimum()));
        }).returning(PublicStory.class).withQuery(QueryParam.string("schoolYear", "e.g. 2025-26; default the latest school year with plans")));
    }
}
