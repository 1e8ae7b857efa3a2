package org.braid.platform.internal.security;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;
import org.braid.platform.internal.network.OrganizationStore;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The user directory modules see: an organization's enabled users, nobody else's. */
class DirectoryTest {

    @Test
    void listsTheEnabledUsersOfOneOrganization() {
        var db = TestDatabases.memory("directory" + System.nanoTime());
        OrganizationStore orgs = new OrganizationStore(db);
        Organization sea = orgs.create(new Organization(null, OrgType.SEA, "State", null, null, null, null));
        Organization lea = orgs.create(new Organization(null, OrgType.LEA, "District", sea.id(), null, null, null));
        Accounts accounts = new Accounts(db, orgs);
        User lead = accounts.create(new NewUser("lead", "Lead", "a-long-password", lea.id(), Set.of(Role.LEA_LEADER), List.of()));
        User gone = accounts.create(new NewUser("gone", "Gone", "a-long-password", lea.id(), Set.of(Role.VIEWER), List.of()));
        accounts.create(new NewUser("state", "State", "a-long-password", sea.id(), Set.of(Role.SEA_STAFF), List.of()));
        accounts.update(gone.id(), new User(gone.id(), gone.username(), gone.displayName(), gone.orgId(), gone.roles(), gone.assigned(), true, null), 1);
        Directory directory = new Directory(accounts);
        assertEquals(List.of("lead"), directory.usersOf(lea.id()).stream().map(Actor::username).toList());
        assertTrue(directory.usersOf(lea.id()).get(0).is(Role.LEA_LEADER));
        assertEquals(lead.id(), directory.user(lead.id()).orElseThrow().userId());
        assertTrue(directory.user(gone.id()).isEmpty(), "a disabled user is not there");
        assertTrue(directory.user("nobody").isEmpty());
    }
}
