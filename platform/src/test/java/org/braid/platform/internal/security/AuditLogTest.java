package org.braid.platform.internal.security;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;
import org.braid.platform.internal.network.OrganizationStore;
import org.braid.platform.internal.store.JdbcDatabase;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail read a page at a time, on a real Derby with the real schema. */
class AuditLogTest {
    static final int ENTRIES = 1500;
    JdbcDatabase db;
    AuditLog audit;
    String sea, school;

    @BeforeEach
    void setUp() throws Exception {
        db = (JdbcDatabase) TestDatabases.memory("audit" + System.nanoTime());
        OrganizationStore orgs = new OrganizationStore(db);
        sea = orgs.create(new Organization(null, OrgType.SEA, "State", null, null, null, null)).id();
        String lea = orgs.create(new Organization(null, OrgType.LEA, "District", sea, null, null, null)).id();
        school = orgs.create(new Organization(null, OrgType.SCHOOL, "School", lea, null, null, null)).id();
        audit = new AuditLog(db);
        Actor a = new Actor("u", "ann", sea, Set.of(Role.SEA_STAFF), List.of());
        db.transaction(c -> {
            for (int i = 0; i < ENTRIES; i++) {
                audit.record(a, "PUT /orgs/{id}", "/api/orgs/x", i % 3 == 0 ? school : sea, "r" + i, null, Map.of("n", i, "text", "y".repeat(2000)));
            }
            return null;
        });
    }

    @Test
    void pagesFollowTheCursorNewestFirstWithoutGapsOrRepeats() {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            AuditLog.Page page = audit.find(null, null, AuditLog.MAX_PAGE, cursor == null ? null : Long.parseLong(cursor));
            page.items().forEach(e -> seen.add(e.id()));
            cursor = page.next();
            pages++;
        } while (cursor != null);
        assertEquals(ENTRIES, seen.size());
        assertEquals(ENTRIES / AuditLog.MAX_PAGE, pages);
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) < seen.get(i - 1));
        assertEquals(AuditLog.MAX_PAGE, audit.find(null, null, 10_000, null).items().size(), "a page is never larger than the bound");
    }

    @Test
    void aPageIsReadFromTheIndexWithoutSortingTheTrail() throws Exception {
        // Derby's own plan statistics; PostgreSQL's planner chooses by its statistics, not by this schema alone
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.store().equals("derby"), "the plan is Derby's");
        for (List<String> within : java.util.Arrays.asList(null, List.of(sea), List.of(school))) {
            String plan = db.transaction(c -> {
                c.createStatement().execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                AuditLog.Page page = audit.find(within, null, 20, null);
                assertEquals(20, page.items().size());
                try (ResultSet rs = c.createStatement().executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertFalse(plan.contains("Sort ResultSet"), plan);
            assertTrue(plan.contains("braid_audit_newest".toUpperCase()), plan);
        }
    }

    @Test
    void aRecordTooLongForItsColumnKeepsItsBeginningEvenWhenQuotingLengthensIt() {
        Actor a = new Actor("u", "ann", sea, Set.of(Role.SEA_STAFF), List.of());
        // 40,000 quotes: cut to the column and quoted again, the text would double
        db.transaction(c -> {
            audit.record(a, "POST /x", "/api/x", sea, "big", null, Map.of("text", "\"".repeat(40_000)));
            return null;
        });
        AuditLog.Entry e = audit.find(null, null, 1, null).items().get(0);
        assertEquals("big", e.recordId());
        assertTrue(e.after().has("truncated"), e.after().toString());
        assertTrue(e.after().toString().length() <= AuditLog.MAX_JSON + 100);
    }

    @Test
    void aScopedPageHoldsOnlyTheScopesEntries() {
        AuditLog.Page page = audit.find(List.of(school), null, 50, null);
        assertTrue(page.items().stream().allMatch(e -> e.orgId().equals(school)));
        assertNotNull(page.next());
    }

    @Test
    void entriesAreFoundByWhoMadeThemWhoseAccountTheyChangedOperationAndTime() {
        Actor bob = new Actor("b", "bob", sea, Set.of(Role.ADMIN), List.of());
        java.time.Instant start = java.time.Instant.now().minusMillis(1);
        db.transaction(c -> {
            c.createStatement().executeUpdate("INSERT INTO braid_user (id, username, password_hash, disabled, version) "
                    + "VALUES ('00000000-0000-0000-0000-00000000cafe', 'cara', 'x', false, 1)");
            audit.record(bob, "PUT /users/{id}", "/api/users/c", null, "00000000-0000-0000-0000-00000000cafe", Map.of("roles", List.of("coach")),
                    Map.of("roles", List.of("coach", "viewer")));
            audit.record(bob, "PUT /orgs/{id}", "/api/orgs/x", sea, "o1", null, null);
            return null;
        });
        List<AuditLog.Entry> aboutCara = audit.find(new AuditLog.Filter(null, "cara", null, null, null), 10, null).items();
        assertEquals(List.of("PUT /users/{id}"), aboutCara.stream().map(AuditLog.Entry::operation).toList(), "the entry about her account");
        assertEquals(2, audit.find(new AuditLog.Filter(null, "bob", null, start, null), 10, null).items().size(), "what he did");
        assertEquals(1, audit.find(new AuditLog.Filter(null, "bob", "PUT /orgs/{id}", null, null), 10, null).items().size());
        List<AuditLog.Entry> orgChanges = audit.find(new AuditLog.Filter(List.of(sea), null, "PUT /orgs/{id}", null, null), 100, null).items();
        assertEquals(100, orgChanges.size());
        assertTrue(orgChanges.stream().allMatch(e -> e.operation().equals("PUT /orgs/{id}")));
        assertEquals(List.of(), audit.find(new AuditLog.Filter(null, "bob", null, null, start), 10, null).items(), "nothing before he started");
        assertEquals(List.of(), audit.find(new AuditLog.Filter(null, "nobody", null, null, null), 10, null).items());
    }
}
