package org.braid.monitoring.internal;

import java.util.List;
import java.util.Objects;

import org.braid.core.model.Organization;
import org.braid.core.spi.OrganizationListener;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Keeps the roll-up right when an organization moves to another parent, its ESSA status changes, or it closes or
 * opens again, in the same
 * transaction. The items are looked up when an organization changes, not injected: the organization store binds its
 * listeners while it starts, and monitoring's items need the organization store, so an injected reference would be
 * a cycle.
 */
@Component(service = OrganizationListener.class)
public class OrgSync implements OrganizationListener {
    private final BundleContext context;
    private final Items direct;

    @Activate
    public OrgSync(BundleContext context) {
        this.context = context;
        this.direct = null;
    }

    /** For tests. */
    OrgSync(Items items) {
        this.context = null;
        this.direct = items;
    }

    @Override
    public void organizationChanged(Organization before, Organization after) {
        if (context == null) {
            relocate(direct, before, after);
            return;
        }
        // monitoring's items are taken when an organization changes, never while the organization store starts
        ServiceReference<Items> ref = context.getServiceReference(Items.class);
        Items items = ref == null ? null : context.getService(ref);
        if (items == null) return; // monitoring is stopping
        try {
            relocate(items, before, after);
        } finally {
            context.ungetService(ref);
        }
    }

    /** A move changes the district and SEA of everything under the organization; an ESSA status or a closing only its own items. */
    private static void relocate(Items items, Organization before, Organization after) {
        items.relocate(Objects.equals(before.parentId(), after.parentId()) ? List.of(after.id()) : items.subtree(after.id()));
    }
}
