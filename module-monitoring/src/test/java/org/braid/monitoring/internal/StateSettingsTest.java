package org.braid.monitoring.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.MonthDay;

import org.braid.core.model.OrgType;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.braid.core.model.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A state's own lag threshold and public minimum, on an embedded Derby with the module's migrations. */
class StateSettingsTest {
    private static int n;
    private TestNetwork net;
    private StateSettings settings;

    @BeforeEach
    void setUp() throws Exception {
        net = new TestNetwork("jdbc:derby:memory:state-settings" + (++n) + ";create=true");
        net.org("sea", OrgType.SEA, null, null);
        net.org("lea", OrgType.LEA, "sea", null);
        net.org("school", OrgType.SCHOOL, "lea", null);
        net.org("other-sea", OrgType.SEA, null, null);
        MonitoringStore store = new MonitoringStore(net);
        settings = new StateSettings(store, new CalendarSettings(MonthDay.of(7, 1), 5, false), new Items(store, net), net);
    }

    @AfterEach
    void tearDown() throws Exception {
        net.connection.close();
    }

    @Test
    void aStateHasTheDefaultsUntilItSetsItsOwnAndThenEveryOrganizationInItHasThem() {
        StateSetting before = settings.forOrg("school");
        assertEquals("default", before.source());
        assertEquals(25, before.lagThresholdPercent());
        assertEquals(10, before.publicMinimumCount());
        assertEquals(0, before.version());

        StateSetting saved = settings.save("sea", new StateSetting.Input(40, 20, null), 0, "sea-staff");
        assertEquals("state", saved.source());
        assertEquals(1, saved.version());
        assertEquals("sea-staff", saved.changedBy());
        assertEquals(0.4, settings.forOrg("school").lagThreshold(), 1e-9);
        assertEquals(20, settings.forOrg("lea").publicMinimumCount());
        assertEquals("default", settings.forOrg("other-sea").source(), "another state keeps the defaults");

        assertEquals(2, settings.save("sea", new StateSetting.Input(30, 20, null), 1, "sea-staff").version());
        assertEquals(30, settings.forOrg("school").lagThresholdPercent());
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        settings.save("sea", new StateSetting.Input(40, 20, null), 0, "first");
        assertThrows(StaleVersionException.class, () -> settings.save("sea", new StateSetting.Input(50, 5, null), 0, "second"));
        assertEquals(40, settings.ofState("sea").lagThresholdPercent());
        assertEquals("first", settings.ofState("sea").changedBy());
    }

    @Test
    void valuesOutOfRangeAreRefusedFieldByField() {
        ValidationException e = assertThrows(ValidationException.class, () -> settings.save("sea", new StateSetting.Input(0, null, null), 0, "x"));
        assertEquals(java.util.List.of("lagThresholdPercent", "publicMinimumCount"), e.violations().stream().map(Violation::field).toList());
        assertThrows(ValidationException.class, () -> settings.save("sea", new StateSetting.Input(101, 1001, null), 0, "x"));
        assertEquals("default", settings.ofState("sea").source());
    }

    @Test
    void settingsAreAStatesNotADistrictsOrASchools() {
        ValidationException e = assertThrows(ValidationException.class, () -> settings.save("lea", new StateSetting.Input(40, 20, null), 0, "x"));
        assertEquals("id", e.violations().get(0).field());
    }
}
