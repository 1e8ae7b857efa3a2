package org.braid.sfss.internal;

import java.util.List;

import org.braid.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The SFSS action plan page (view and edit a plan's challenges, root causes, strategies' priorities, Section 2), under {@code /ui/sfss/}. */
@Component(service = UiContribution.class)
@HttpWhiteboardResource(pattern = "/ui/sfss/*", prefix = "/web")
public class SfssPages implements UiContribution {

    @Override
    public String module() {
        return SfssModule.ID;
    }

    @Override
    public String script() {
        return "/ui/sfss/pages.js";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("SFSS action plan", "#/sfss", 350));
    }
}
