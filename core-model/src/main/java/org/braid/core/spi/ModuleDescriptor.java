package org.braid.core.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a module while it is active. Its bundles also carry the manifest header
 * {@value #HEADER}{@code : <id>}, so Braid knows the module while it is turned off.
 */
@ConsumerType
public interface ModuleDescriptor {
    /** The manifest header naming the module a bundle belongs to. */
    String HEADER = "Braid-Module";

    /** @return the module id, also the first segment of its REST paths, e.g. {@code planning} */
    String id();

    /** @return the name staff see, e.g. "Planning" */
    String name();

    /** @return the module version, e.g. {@code 1.0.0} */
    String version();
}
