package org.braid.planning.internal;

import java.util.List;

import org.braid.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The planning pages (plans, the Tool A plan builder), served under {@code /ui/planning/} while the module is on. */
@Component(service = UiContribution.class)
@HttpWhiteboardResource(pattern = "/ui/planning/*", prefix = "/web")
public class PlanningPages implements UiContribution {

    @Override
    public String module() {
        return PlanningModule.ID;
    }

    @Override
    public String script() {
        return "/ui/planning/pages.js";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("Plans", "#/planning", 300));
    }
}
