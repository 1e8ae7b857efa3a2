package org.braid.core.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's part of Braid's web application: its menu entries and the script that draws its pages.
 * Registered while the module is active, so its pages and menu entries come and go with it. The
 * contributing bundle serves the script itself (an HTTP whiteboard resource under {@code /ui/<module>/}).
 */
@ConsumerType
public interface UiContribution {

    /** @return the module id, {@code core} for the platform */
    String module();

    /**
     * @return the URL of an ES module exporting {@code register(braid)}, which declares the module's
     *         pages with {@code braid.page(route, render)}
     */
    String script();

    /** @return the menu entries, in order */
    List<MenuEntry> menu();

    /**
     * One entry of the main menu.
     *
     * @param label what staff read, e.g. "Reporting calendar"
     * @param route the page, e.g. {@code #/monitoring/calendar}
     * @param order position among all entries, lower first
     */
    record MenuEntry(String label, String route, int order) {}
}
