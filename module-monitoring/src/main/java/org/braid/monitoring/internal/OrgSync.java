package org.braid.monitoring.internal;

import org.braid.core.model.Organization;
import org.braid.core.spi.OrganizationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Keeps the roll-up right when an organization moves to another parent or its ESSA status changes, in the same transaction. */
@Component(service = OrganizationListener.class)
public class OrgSync implements OrganizationListener {
    private final Items items;

    @Activate
    public OrgSync(@Reference Items items) {
        this.items = items;
    }

    @Override
    public void organizationChanged(Organization before, Organization after) {
        // a move changes the district and SEA of everything under the organization; an ESSA status only its own items
        items.relocate(java.util.Objects.equals(before.parentId(), after.parentId()) ? java.util.List.of(after.id()) : items.subtree(after.id()));
    }
}
