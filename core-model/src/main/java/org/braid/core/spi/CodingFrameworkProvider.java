package org.braid.core.spi;

import org.osgi.annotation.versioning.ConsumerType;

/** Registered by any bundle that brings a coding framework (Four Domains, a state's own). */
@ConsumerType
public interface CodingFrameworkProvider {
    /** @return the framework; called often, so return a prepared instance */
    CodingFramework framework();
}
