package org.braid.monitoring.internal;

import java.util.List;

import org.braid.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The monitoring pages (monthly report, reviews, progress, dashboard, supports, calendar, annual report), served under
 * {@code /ui/monitoring/} while the module is on.
 */
@Component(service = UiContribution.class)
@HttpWhiteboardResource(pattern = "/ui/monitoring/*", prefix = "/web")
public class MonitoringPages implements UiContribution {

    @Override
    public String module() {
        return MonitoringModule.ID;
    }

    @Override
    public String script() {
        return "/ui/monitoring/pages.js";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("Reporting", "#/monitoring", 400), new MenuEntry("Dashboard", "#/monitoring/dashboard", 410),
                new MenuEntry("Supports", "#/monitoring/supports", 415),
                new MenuEntry("Reporting calendar", "#/monitoring/calendar", 420), new MenuEntry("Annual report", "#/monitoring/annual-report", 430));
    }
}
