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
}
