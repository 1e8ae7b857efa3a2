package org.braid.platform.internal.security;

import static org.braid.core.rest.Access.Permission.*;
import static org.braid.platform.internal.security.Guard.Decision.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;
import org.braid.platform.internal.network.OrganizationStore;
import org.braid.platform.internal.store.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scope rules, on a real tree: state > two districts > schools. */
class GuardTest {
    Guard guard;
    String sea, leaA, leaB, schoolA, schoolB;

    @BeforeEach
    void setUp() throws Exception {
        var db = TestDatabases.core(Files.readString(Path.of("src/main/resources/db/core/V001__create_network.sql")));
        OrganizationStore orgs = new OrganizationStore(db);
        sea = orgs.create(new Organization(null, OrgType.SEA, "State", null, null, null, null)).id();
        leaA = orgs.create(new Organization(null, OrgType.LEA, "A", sea, null, null, null)).id();
        leaB = orgs.create(new Organization(null, OrgType.LEA, "B", sea, null, null, null)).id();
        schoolA = orgs.create(new Organization(null, OrgType.SCHOOL, "A1", leaA, null, null, null)).id();
        schoolB = orgs.create(new Organization(null, OrgType.SCHOOL, "B1", leaB, null, null, null)).id();
        guard = new Guard(orgs);
    }

    Actor actor(Role role, String org, String... assigned) {
        return new Actor("u", "u", org, Set.of(role), List.of(assigned));
    }

    @Test
    void anLeaLeaderReadsItsSubtreeAndEditsOnlyItself() {
        Actor lea = actor(Role.LEA_LEADER, leaA);
        assertEquals(ALLOW, guard.decide(lea, READ, schoolA));
        assertEquals(ALLOW, guard.decide(lea, COMMENT, schoolA));
        assertEquals(FORBID, guard.decide(lea, EDIT, schoolA));
        assertEquals(ALLOW, guard.decide(lea, EDIT, leaA));
        assertEquals(ALLOW, guard.decide(lea, GOVERN, schoolA), "in scope: OrganizationChanges names the fields");
        assertEquals(HIDE, guard.decide(lea, GOVERN, schoolB));
        assertEquals(HIDE, guard.decide(lea, READ, schoolB));
        assertEquals(HIDE, guard.decide(lea, READ, sea), "no reading up the tree");
        assertEquals(FORBID, guard.decide(lea, ADMIN, null));
    }

    @Test
    void aCoachSeesOnlyWhatIsAssigned() {
        Actor coach = actor(Role.COACH, sea, schoolB);
        assertEquals(ALLOW, guard.decide(coach, COMMENT, schoolB));
        assertEquals(FORBID, guard.decide(coach, EDIT, schoolB));
        assertEquals(HIDE, guard.decide(coach, READ, schoolA), "belonging to the SEA gives a coach no reach");
    }

    @Test
    void aViewerOnlyReads() {
        Actor viewer = actor(Role.VIEWER, leaA);
        assertEquals(ALLOW, guard.decide(viewer, READ, schoolA));
        assertEquals(FORBID, guard.decide(viewer, COMMENT, schoolA));
        assertEquals(FORBID, guard.decide(viewer, EDIT, leaA));
    }

    @Test
    void seaStaffReadTheStateAndTheAuditTrail() {
        Actor staff = actor(Role.SEA_STAFF, sea);
        assertEquals(ALLOW, guard.decide(staff, READ, schoolB));
        assertEquals(ALLOW, guard.decide(staff, AUDIT, schoolB));
        assertEquals(ALLOW, guard.decide(staff, AUDIT, null));
        assertEquals(FORBID, guard.decide(staff, EDIT, leaA));
        assertEquals(FORBID, guard.decide(actor(Role.LEA_LEADER, leaA), AUDIT, leaA));
    }

    @Test
    void unknownOrganizationsLookOutOfScopeAndAdminsMayDoAnything() {
        assertEquals(HIDE, guard.decide(actor(Role.SEA_STAFF, sea), READ, "no-such-org"));
        Actor admin = actor(Role.ADMIN, null);
        assertEquals(ALLOW, guard.decide(admin, EDIT, schoolB));
        assertEquals(ALLOW, guard.decide(admin, ADMIN, null));
        assertEquals(ALLOW, guard.decide(actor(Role.SCHOOL_LEADER, schoolA), SIGNED_IN, null));
    }
}
