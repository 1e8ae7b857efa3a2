package org.braid.monitoring.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.braid.core.model.OrgType;
import org.braid.monitoring.api.InventoryEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A district's self-assessment inventory in the supports catalog, on an embedded Derby with the module's migrations. */
class InventoryIntakeTest {
    private static int n;
    private TestNetwork net;
    private Supports supports;
    private InventoryIntake intake;

    @BeforeEach
    void setUp() throws Exception {
        net = new TestNetwork("jdbc:derby:memory:inventory" + (++n) + ";create=true");
        net.org("sea", OrgType.SEA, null, null);
        net.org("lea1", OrgType.LEA, "sea", null);
        MonitoringStore store = new MonitoringStore(net);
        supports = new Supports(store);
        intake = new InventoryIntake(supports, new Items(store, net));
    }

    @AfterEach
    void tearDown() throws Exception {
        net.connection.close();
    }

    private List<Support> fromInventory() {
        return supports.offeredBy("lea1", Support.SELF_ASSESSMENT);
    }

    @Test
    void eachSupportBecomesAnUncodedEntryOfTheDistrict() {
        assertEquals(2, intake.takeInventory("lea1", List.of(new InventoryEntry("Data retreats", "October", List.of("analyze"), "dashboard"),
                new InventoryEntry("Mentoring", null, null, null), new InventoryEntry(" ", null, null, null))));
        List<Support> all = fromInventory();
        assertEquals(List.of("Data retreats", "Mentoring"), all.stream().map(Support::title).toList());
        Support retreats = all.get(0);
        assertEquals("lea1", retreats.providerOrgId());
        assertEquals(List.of(), retreats.practiceCodes());
        assertEquals("self-assessment", retreats.origin());
        assertEquals("Timing: October\nCycle steps: analyze\nUse of evidence: dashboard", retreats.description());
        assertEquals("OTHER", retreats.format());
    }

    @Test
    void theInventoryChangingUpdatesTheEntryNeverTwiceAndKeepsItsCodes() {
        intake.takeInventory("lea1", List.of(new InventoryEntry("Data retreats", "October", null, null), new InventoryEntry("Mentoring", null, null, null)));
        Support retreats = fromInventory().get(0);
        // someone codes it in the catalog
        supports.update(retreats.id(), new Inputs.SupportInput("Data retreats", retreats.description(), "lea1", null, "NETWORK", List.of("1A"), 5, null,
                retreats.version()), retreats.version());
        intake.takeInventory("lea1", List.of(new InventoryEntry("data  RETREATS", "every quarter", null, null)));
        List<Support> after = fromInventory();
        assertEquals(1, after.size(), "mentoring left, retreats kept once: " + after);
        Support kept = after.get(0);
        assertEquals(retreats.id(), kept.id());
        assertEquals("data RETREATS", kept.title());
        assertEquals("Timing: every quarter", kept.description());
        assertEquals(List.of("1A"), kept.practiceCodes());
        assertEquals("NETWORK", kept.format());
        assertEquals(5, kept.capacity());
        assertEquals("self-assessment", kept.origin());
        // the same inventory again changes nothing
        long version = kept.version();
        intake.takeInventory("lea1", List.of(new InventoryEntry("data  RETREATS", "every quarter", null, null)));
        assertEquals(version, fromInventory().get(0).version());
    }

    @Test
    void anAssignedSupportStaysWhenTheInventoryDropsIt() throws Exception {
        intake.takeInventory("lea1", List.of(new InventoryEntry("Mentoring", null, null, null)));
        Support mentoring = fromInventory().get(0);
        net.transaction(c -> MonitoringStore.exec(c, "INSERT INTO monitoring_support_assignment (id, support_id, org_id, district_id, sea_id, element_ids, "
                + "item_ids, status, start_date, requested_at, version) VALUES ('a1', ?, 'lea1', 'lea1', 'sea', '[]', '[]', 'ACCEPTED', DATE('2026-01-01'), "
                + "CURRENT_TIMESTAMP, 1)", mentoring.id()));
        assertEquals(0, intake.takeInventory("lea1", List.of()));
        assertEquals(List.of(mentoring.id()), fromInventory().stream().map(Support::id).toList());
    }
}
