package org.braid.monitoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.braid.monitoring.api.InventoryEntry;
import org.braid.monitoring.api.SupportIntake;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps a district's self-assessment inventory in the supports catalog: one entry per support it lists, provided by the
 * district, coded to no practice until someone codes it in the catalog. The support's name is the entry's key.
 */
@Component(service = SupportIntake.class)
public class InventoryIntake implements SupportIntake {
    static final int TITLE = 200, DESCRIPTION = 8000;
    private final Supports supports;
    private final Items items;

    @Activate
    public InventoryIntake(@Reference Supports supports, @Reference Items items) {
        this.supports = supports;
        this.items = items;
    }

    @Override
    public int takeInventory(String districtId, List<InventoryEntry> inventory) {
        String seaId = items.place(districtId).seaId();
        Map<String, InventoryEntry> wanted = new LinkedHashMap<>();
        for (InventoryEntry e : inventory == null ? List.<InventoryEntry>of() : inventory) {
            if (e == null || e.support() == null || e.support().isBlank()) continue;
            wanted.putIfAbsent(key(title(e)), e); // the same support listed twice is one entry
        }
        Map<String, Support> had = new HashMap<>();
        List<Support> extra = new ArrayList<>();
        for (Support s : supports.offeredBy(districtId, Support.SELF_ASSESSMENT)) {
            if (had.putIfAbsent(key(s.title()), s) != null) extra.add(s);
        }
        for (Map.Entry<String, InventoryEntry> w : wanted.entrySet()) {
            InventoryEntry e = w.getValue();
            Support s = had.remove(w.getKey());
            if (s == null) {
                supports.insert(new Support(UUID.randomUUID().toString(), title(e), description(e), districtId, null, "OTHER", List.of(), null, null, 1L,
                        Support.SELF_ASSESSMENT), seaId);
            } else if (!title(e).equals(s.title()) || !java.util.Objects.equals(description(e), s.description())) {
                supports.retell(s.id(), title(e), description(e));
            }
        }
        extra.addAll(had.values());
        // what the inventory no longer lists leaves the catalog, unless it was assigned: what it did stays in the history
        for (Support gone : extra) if (!supports.assigned(gone.id())) supports.remove(gone.id());
        return wanted.size();
    }

    static String title(InventoryEntry e) {
        String t = e.support().strip().replaceAll("\\s+", " ");
        return t.length() > TITLE ? t.substring(0, TITLE) : t;
    }

    static String key(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** What the inventory says of it besides its name: timing, cycle steps, use of evidence. */
    static String description(InventoryEntry e) {
        List<String> parts = new ArrayList<>();
        if (e.timing() != null && !e.timing().isBlank()) parts.add("Timing: " + e.timing().strip());
        if (!e.steps().isEmpty()) parts.add("Cycle steps: " + String.join(", ", e.steps()));
        if (e.evidence() != null && !e.evidence().isBlank()) parts.add("Use of evidence: " + e.evidence().strip());
        String d = String.join("\n", parts);
        return d.length() > DESCRIPTION ? d.substring(0, DESCRIPTION) : d;
    }
}
