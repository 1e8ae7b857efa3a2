package org.braid.core.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a framework pack that maps its practices onto another framework's (SFSS's priorities onto the Four
 * Domains); one direction is enough, the other is read from it.
 *
 * @since 1.4
 */
@ConsumerType
public interface CrosswalkProvider {
    /** @return the crosswalks; called often, so return prepared instances */
    List<Crosswalk> crosswalks();
}
