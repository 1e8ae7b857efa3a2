package com.example.hello;

import java.util.List;

import org.braid.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The module's page and menu entry; the bundle serves the script itself under {@code /ui/hello/}. */
@Component(service = UiContribution.class)
@HttpWhiteboardResource(pattern = "/ui/hello/*", prefix = "/web")
public class HelloPages implements UiContribution {

    @Override
    public String module() {
        return HelloModule.ID;
    }

    @Override
    public String script() {
        return "/ui/hello/pages.js";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("Hello", "#/hello", 900));
    }
}
