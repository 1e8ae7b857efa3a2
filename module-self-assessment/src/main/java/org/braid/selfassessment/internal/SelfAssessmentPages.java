package org.braid.selfassessment.internal;

import java.util.List;

import org.braid.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The self-assessment pages (a district's self-reflections, rating, team summary, consensus, process self-assessment,
 * the state's view), served under {@code /ui/self-assessment/} while the module is on.
 */
@Component(service = UiContribution.class)
@HttpWhiteboardResource(pattern = "/ui/self-assessment/*", prefix = "/web")
public class SelfAssessmentPages implements UiContribution {

    @Override
    public String module() {
        return SelfAssessmentModule.ID;
    }

    @Override
    public String script() {
        return "/ui/self-assessment/pages.js";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("Self-assessment", "#/self-assessment", 500), new MenuEntry("District capacity", "#/self-assessment/state", 510));
    }
}
