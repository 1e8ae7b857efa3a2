package org.braid.platform.internal.network;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;

import java.util.Map;
import java.util.Set;

import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.StaleVersionException;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.Crosswalk;
import org.braid.core.spi.Domain;
import org.braid.core.spi.Practice;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class InstalledFrameworksTest {
    final InstalledFrameworks frameworks = new InstalledFrameworks();

    static CodingFramework framework(String id) {
        return new CodingFramework(id, id, "1", null, List.of());
    }

    void choose(String id) {
        frameworks.configure(new FrameworksConfig() {
            @Override
            public String active() {
                return id;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return FrameworksConfig.class;
            }
        });
    }

    @Test
    void theChosenFrameworkIsInForceWhileItIsInstalled() {
        assertEquals(Optional.empty(), frameworks.active());
        frameworks.addProvider(() -> framework("state-rubric"));
        frameworks.addProvider(new FourDomains());
        assertEquals("four-domains", frameworks.active().orElseThrow().id(), "the Four Domains by default");
        choose("state-rubric");
        assertEquals("state-rubric", frameworks.active().orElseThrow().id());
        choose("not-installed");
        assertEquals("four-domains", frameworks.active().orElseThrow().id(), "else the first installed by id");
        assertEquals(List.of("four-domains", "state-rubric"), frameworks.installed().stream().map(CodingFramework::id).toList());
    }

    /** Two frameworks, one crosswalk pack mapping the first onto the second: read both ways. */
    @Test
    void aCrosswalkInOneDirectionIsReadBothWaysInEachFrameworksOrder() {
        frameworks.addProvider(() -> new CodingFramework("state", "State", "1", null, List.of(
                new Domain("S", "State", List.of(new Practice("P2", "second"), new Practice("P1", "first"), new Practice("P3", "unmapped"))))));
        frameworks.addProvider(() -> new CodingFramework("rubric", "Rubric", "1", null, List.of(
                new Domain("1", "One", List.of(new Practice("1A", "a"), new Practice("1B", "b"))), new Domain("3", "Three", List.of(new Practice("3B", "b"))))));
        frameworks.addProvider(() -> framework("lonely"));
        frameworks.addCrosswalks(() -> List.of(new Crosswalk("state", "rubric", null, Map.of("P1", List.of("1A", "3B"), "P2", List.of("1A")))));

        assertEquals(List.of(new InstalledFrameworks.CrosswalkRow("P2", List.of("1A")), new InstalledFrameworks.CrosswalkRow("P1", List.of("1A", "3B")),
                new InstalledFrameworks.CrosswalkRow("P3", List.of())), frameworks.crosswalkRows("state", "rubric"));
        List<InstalledFrameworks.CrosswalkRow> back = frameworks.crosswalkRows("rubric", "state");
        assertEquals(List.of("1A", "1B", "3B"), back.stream().map(InstalledFrameworks.CrosswalkRow::code).toList(), "the other framework's order");
        assertEquals(Set.of("P1", "P2"), Set.copyOf(back.get(0).mapsTo()));
        assertEquals(List.of(), back.get(1).mapsTo(), "unmapped");
        assertEquals(List.of("P1"), back.get(2).mapsTo());

        assertTrue(assertThrows(NotFoundException.class, () -> frameworks.crosswalkRows("state", "lonely")).getMessage().contains("crosswalk"));
        assertTrue(assertThrows(NotFoundException.class, () -> frameworks.crosswalkRows("nope", "state")).getMessage().contains("(id)"));
        assertTrue(assertThrows(NotFoundException.class, () -> frameworks.crosswalkRows("state", "nope")).getMessage().contains("(otherId)"));
    }

    /** The stored choice outranks the configuration; a district's own counts only where the state allows it. */
    @Test
    void theStoredChoiceIsInForceAndADistrictsOwnWhereTheStateAllowsIt() {
        var db = TestDatabases.memory("frameworks" + System.nanoTime());
        OrganizationStore orgs = new OrganizationStore(db);
        Organization sea = orgs.create(new Organization(null, OrgType.SEA, "State", null, null, null, null));
        Organization lea = orgs.create(new Organization(null, OrgType.LEA, "District A", sea.id(), null, null, null));
        Organization school = orgs.create(new Organization(null, OrgType.SCHOOL, "School A", lea.id(), null, null, null));
        FrameworkChoices choices = new FrameworkChoices(db);
        InstalledFrameworks stored = new InstalledFrameworks(choices);
        stored.addProvider(new FourDomains());
        stored.addProvider(() -> framework("sfss"));
        assertEquals("four-domains", stored.active().orElseThrow().id(), "the configuration's until an administrator chooses");

        choices.save("sfss", false, 0);
        assertEquals("sfss", stored.active().orElseThrow().id());
        assertThrows(StaleVersionException.class, () -> choices.save("four-domains", false, 0));
        choices.choose(lea.id(), "four-domains");
        assertEquals("sfss", stored.activeFor(school.id()).orElseThrow().id(), "the state does not allow districts to choose");
        choices.save("sfss", true, 1);
        assertEquals("four-domains", stored.activeFor(lea.id()).orElseThrow().id(), "the district's own");
        assertEquals("four-domains", stored.activeFor(school.id()).orElseThrow().id(), "its schools follow it");
        assertEquals("sfss", stored.activeFor(sea.id()).orElseThrow().id());
        choices.choose(lea.id(), null);
        assertEquals("sfss", stored.activeFor(school.id()).orElseThrow().id(), "back to the state's");
    }
}
