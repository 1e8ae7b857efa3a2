package org.braid.platform.internal.ui;

import java.util.List;

import org.braid.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The shell's own assets under {@code /ui/shell/} and the core pages: network, organizations, direction, administration. */
@Component(service = UiContribution.class)
@HttpWhiteboardResource(pattern = "/ui/shell/*", prefix = "/web/shell")
public class CorePages implements UiContribution {

    @Override
    public String module() {
        return "core";
    }

    @Override
    public String script() {
        return "/ui/shell/core-pages.js";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("Home", "#/", 0), new MenuEntry("Network", "#/network", 10),
                new MenuEntry("Modules", "#/admin/modules", 900), new MenuEntry("Users", "#/admin/users", 910),
                new MenuEntry("Audit trail", "#/admin/audit", 920), new MenuEntry("Export and import", "#/admin/transfer", 930));
    }
}
