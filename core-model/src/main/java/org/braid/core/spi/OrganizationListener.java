package org.braid.core.spi;

import org.braid.core.model.Organization;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register as an OSGi service (whiteboard) to hear when an organization moves to another parent or its ESSA status
 * changes, for example to keep roll-ups by district and ESSA status right. Called synchronously in the transaction of
 * the update: a listener that throws rolls the update back.
 *
 * @since 1.1
 */
@ConsumerType
public interface OrganizationListener {

    /**
     * @param before the organization as it was
     * @param after  the organization as it is now stored
     */
    void organizationChanged(Organization before, Organization after);
}
