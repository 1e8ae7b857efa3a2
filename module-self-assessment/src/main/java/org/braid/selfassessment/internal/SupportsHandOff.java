package org.braid.selfassessment.internal;

import java.util.List;

import org.braid.monitoring.api.InventoryEntry;
import org.braid.monitoring.api.SupportIntake;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers the supports inventory of a district's process self-assessment to monitoring's supports catalog. It exists only
 * while the monitoring module is on; the rest of this module never touches that module's classes.
 */
@Component(service = SupportsHandOff.class)
public class SupportsHandOff {
    private final SupportIntake intake;

    @Activate
    public SupportsHandOff(@Reference SupportIntake intake) {
        this.intake = intake;
    }

    /** The catalog takes the inventory of the district's newest process self-assessment, so an older year's never overrides it. */
    void offer(ProcessAssessment saved, List<ProcessAssessment> ofDistrict) {
        boolean newest = ofDistrict.stream().allMatch(p -> p.schoolYear().compareTo(saved.schoolYear()) <= 0);
        if (!newest) return;
        intake.takeInventory(saved.orgId(), saved.supports().stream()
                .map(s -> new InventoryEntry(s.support(), s.timing(), s.steps(), s.evidence())).toList());
    }
}
