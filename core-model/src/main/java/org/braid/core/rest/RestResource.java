package org.braid.core.rest;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A service that contributes REST operations under {@code /api}. Registered while its bundle is
 * active, so a module's operations come and go with the module.
 */
@ConsumerType
public interface RestResource {

    /** @return the module id ({@code core} for the platform); the OpenAPI tag of the operations */
    String module();

    /** @return the operations; called once when the service appears */
    List<Operation> operations();
}
