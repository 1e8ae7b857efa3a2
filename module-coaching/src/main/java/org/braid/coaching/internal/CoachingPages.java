package org.braid.coaching.internal;

import java.util.List;

import org.braid.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The coaching pages (Tool B's questions for each step of the cycle, the coach's organizations, an organization's
 * comments), served under {@code /ui/coaching/} while the module is on.
 */
@Component(service = UiContribution.class)
@HttpWhiteboardResource(pattern = "/ui/coaching/*", prefix = "/web")
public class CoachingPages implements UiContribution {

    @Override
    public String module() {
        return CoachingModule.ID;
    }

    @Override
    public String script() {
        return "/ui/coaching/pages.js";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("Coaching", "#/coaching", 600), new MenuEntry("Coaching questions", "#/coaching/steps", 610));
    }
}
