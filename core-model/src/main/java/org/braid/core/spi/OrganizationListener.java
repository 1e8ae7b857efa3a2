package org.braid.core.spi;

import org.braid.core.model.Organization;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register as an OSGi service (whiteboard) to hear when an organization moves to another parent, its ESSA status
 * changes, or it closes or opens again, for example to keep roll-ups by district and ESSA status right. Called
 * synchronously in the transaction of the change: a listener that throws rolls the change back.
 *
 * @since 1.1
 */
@ConsumerType
public interface OrganizationListener {

    /**
     * @param before the organization as it was
     * @param after  the organization as it is now stored; on a closing or opening the same as {@code before}, and
     *               {@link org.braid.core.model.OrganizationService#closed} says which it was
     */
    void organizationChanged(Organization before, Organization after);
}
