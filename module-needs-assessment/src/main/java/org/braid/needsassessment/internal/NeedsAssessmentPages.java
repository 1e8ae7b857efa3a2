package org.braid.needsassessment.internal;

import java.util.List;

import org.braid.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The needs-assessment pages, served under {@code /ui/needs-assessment/} while the module is on. */
@Component(service = UiContribution.class)
@HttpWhiteboardResource(pattern = "/ui/needs-assessment/*", prefix = "/web")
public class NeedsAssessmentPages implements UiContribution {

    @Override
    public String module() {
        return NeedsAssessmentModule.ID;
    }

    @Override
    public String script() {
        return "/ui/needs-assessment/pages.js";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("Needs assessment", "#/needs-assessment", 200));
    }
}
