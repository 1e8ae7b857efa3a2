package org.braid.core.spi;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The coding frameworks installed and the one in force, which plans are coded to and pages offer.
 * The platform provides it, so every module and the web pages agree on one framework.
 *
 * @since 1.1
 */
@ProviderType
public interface CodingFrameworks {

    /** @return every framework installed, by id */
    List<CodingFramework> installed();

    /**
     * @return the framework in force: the one the administrator chose (configuration PID
     *         {@code org.braid.frameworks}, {@code active}) when it is installed, else the first
     *         installed by id; empty when none is installed
     */
    Optional<CodingFramework> active();

    /**
     * @return the correspondence from one installed framework's codes to another's, as a pack registered it or read
     *         the other way; empty when no pack maps the two
     * @since 1.4
     */
    default Optional<Crosswalk> crosswalk(String from, String to) {
        return Optional.empty();
    }

    /**
     * @return the framework an organization's plans are coded to: its own district's choice where the state allows
     *         districts to choose, else the network's ({@link #active()})
     * @since 1.4
     */
    default Optional<CodingFramework> activeFor(String orgId) {
        return active();
    }
}
