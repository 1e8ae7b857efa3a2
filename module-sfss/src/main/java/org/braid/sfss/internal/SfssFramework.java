package org.braid.sfss.internal;

import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworkProvider;
import org.osgi.service.component.annotations.Component;

/** The Five SFSS Priorities as a coding framework (id {@code sfss}, codes P1..P5), from seed 003. */
@Component(service = CodingFrameworkProvider.class)
public class SfssFramework implements CodingFrameworkProvider {

    @Override
    public CodingFramework framework() {
        return Packs.FRAMEWORK;
    }
}
