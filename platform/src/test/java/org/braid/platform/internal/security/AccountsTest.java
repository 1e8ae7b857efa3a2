package org.braid.platform.internal.security;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.Page;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Role;
import org.braid.platform.internal.network.OrganizationStore;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts found a page at a time, on a real Derby with the real schema. */
class AccountsTest {
    Accounts accounts;
    String district, school;

    @BeforeEach
    void setUp() throws Exception {
        var db = TestDatabases.memory("accounts" + System.nanoTime());
        OrganizationStore orgs = new OrganizationStore(db);
        String sea = orgs.create(new Organization(null, OrgType.SEA, "State", null, null, null, null)).id();
        district = orgs.create(new Organization(null, OrgType.LEA, "District", sea, null, null, null)).id();
        school = orgs.create(new Organization(null, OrgType.SCHOOL, "School", district, null, null, null)).id();
        accounts = new Accounts(db, orgs);
        List<NewUser> users = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) users.add(new NewUser("viewer-" + i, "Val Viewer " + i, "one-shared-secret", district, Set.of(Role.VIEWER), List.of()));
        users.add(new NewUser("lee", "Lee 100% Leader", "one-shared-secret", school, Set.of(Role.SCHOOL_LEADER), List.of()));
        accounts.createSharingPassword(users);
    }

    @Test
    void aPageCountsEveryMatchAndKeepsTheUsernameOrder() {
        Page<User> first = accounts.find(new UserQuery("viewer", null, 2, 0));
        assertEquals(5, first.total());
        assertEquals(List.of("viewer-1", "viewer-2"), first.items().stream().map(User::username).toList());
        assertEquals(List.of("viewer-5"), accounts.find(new UserQuery("viewer", null, 2, 4)).items().stream().map(User::username).toList());
        assertEquals(List.of(), accounts.find(new UserQuery("viewer", null, 2, 10)).items());
    }

    @Test
    void theNameAnyCaseTheOrganizationAndWildcardsAsCharacters() {
        assertEquals(5, accounts.find(new UserQuery("VAL VIEW", null, 50, 0)).total());
        assertEquals(List.of("lee"), accounts.find(new UserQuery("100%", null, 50, 0)).items().stream().map(User::username).toList());
        assertEquals(0, accounts.find(new UserQuery("_", null, 50, 0)).total(), "_ is a character, not any one");
        assertEquals(1, accounts.find(new UserQuery(null, school, 50, 0)).total());
        assertEquals(5, accounts.find(new UserQuery("  ", district, 50, 0)).total(), "a blank search is no search");
        assertEquals(6, accounts.find(new UserQuery(null, null, 50, 0)).total());
    }

    @Test
    void badValuesNameTheirFieldWithoutRepeatingThem() {
        for (var bad : List.<Runnable>of(() -> new UserQuery(null, null, 0, 0), () -> new UserQuery(null, null, 501, 0),
                () -> new UserQuery(null, null, 50, -1), () -> new UserQuery("q".repeat(201), null, 50, 0), () -> new UserQuery(null, "o".repeat(65), 50, 0))) {
            ValidationException e = assertThrows(ValidationException.class, bad::run);
            assertEquals(1, e.violations().size());
            assertFalse(e.violations().get(0).message().contains("qqqq") || e.violations().get(0).message().contains("oooo"));
        }
    }
}
