package org.braid.monitoring.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Takes a district's inventory of the supports it gives its schools into the supports catalog. Registered while the
 * monitoring module is on; a caller must keep working when it is absent. Calls run in the caller's transaction.
 *
 * @since 1.0.0
 */
@ProviderType
public interface SupportIntake {

    /**
     * Makes the catalog hold the district's inventory: each entry becomes a support the district provides, marked as
     * from its self-assessment and coded to no practice yet (so it matches no lagging practice until someone codes it in
     * the catalog). An entry already in the catalog (the same support, whatever its case and spaces) is updated, never
     * added twice, and keeps its practices, format, capacity and contact; an entry no longer in the inventory leaves the
     * catalog unless it has been assigned.
     *
     * @param districtId the district
     * @param inventory  its whole inventory as it stands now; an entry without a support is skipped
     * @return how many catalog entries the inventory has now
     * @throws org.braid.core.model.NotFoundException when there is no such organization
     * @since 1.0.0
     */
    int takeInventory(String districtId, List<InventoryEntry> inventory);
}
