package org.braid.monitoring.internal;

import java.util.Optional;

import org.braid.core.model.OrganizationService;
import org.braid.core.spi.PublicProgress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** An organization's year as its public progress page tells it: the annual story, nothing internal, small numbers suppressed. */
@Component(service = {PublicProgress.class, PublicYear.class})
public class PublicYear implements PublicProgress {
    private final AnnualReport reports;
    private final OrganizationService orgs;
    private final StateSettings settings;

    @Activate
    public PublicYear(@Reference AnnualReport reports, @Reference OrganizationService orgs, @Reference StateSettings settings) {
        this.reports = reports;
        this.orgs = orgs;
        this.settings = settings;
    }

    /** @param schoolYear {@code null} for the latest year with plans */
    PublicStory story(String orgId, String schoolYear) {
        return PublicStory.of(reports.story(orgId, schoolYear), orgs.get(orgId), settings.forOrg(orgId).publicMinimumCount());
    }

    @Override
    public Optional<Object> progress(String orgId, String schoolYear) {
        return Optional.of(story(orgId, schoolYear));
    }
}
