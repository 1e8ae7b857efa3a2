package org.braid.sfss.internal;

import java.util.List;

import org.braid.core.spi.Crosswalk;
import org.braid.core.spi.CrosswalkProvider;
import org.osgi.service.component.annotations.Component;

/** Braid's mapping of the Five SFSS Priorities onto the Four Domains practices; the platform reads it either way. */
@Component(service = CrosswalkProvider.class)
public class SfssCrosswalk implements CrosswalkProvider {

    @Override
    public List<Crosswalk> crosswalks() {
        return List.of(Packs.TO_FOUR_DOMAINS);
    }
}
