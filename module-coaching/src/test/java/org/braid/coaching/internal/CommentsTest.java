package org.braid.coaching.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.braid.core.model.EssaStatus;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgQuery;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Page;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommentsTest {
    static final String STATE = "00000000-0000-4000-8000-000000000001", DISTRICT = "00000000-0000-4000-8000-000000000002",
            SCHOOL_A = "00000000-0000-4000-8000-000000000003", SCHOOL_B = "00000000-0000-4000-8000-000000000004";
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    /** A state with a district and its two schools, kept in memory; organizations can be added and changed as in the platform. */
    static final class Network implements OrganizationService {
        final Map<String, Organization> all = new java.util.LinkedHashMap<>();

        Network() {
            for (Organization o : List.of(new Organization(STATE, OrgType.SEA, "State", null, null, EssaStatus.NONE, 1L),
                    new Organization(DISTRICT, OrgType.LEA, "District A", STATE, null, EssaStatus.NONE, 1L),
                    new Organization(SCHOOL_A, OrgType.SCHOOL, "School A", DISTRICT, null, EssaStatus.CSI, 1L),
                    new Organization(SCHOOL_B, OrgType.SCHOOL, "School B", DISTRICT, null, EssaStatus.TSI, 1L))) {
                all.put(o.id(), o);
            }
        }

        @Override
        public Organization get(String id) {
            Organization o = all.get(id);
            if (o == null) throw new NotFoundException("organization", id);
            return o;
        }

        /** The organization, then everything under it, depth first. */
        @Override
        public List<Organization> subtree(String id) {
            List<Organization> out = new java.util.ArrayList<>(List.of(get(id)));
            for (Organization child : children(id)) out.addAll(subtree(child.id()));
            return out;
        }

        @Override
        public List<Organization> children(String id) {
            return all.values().stream().filter(o -> id.equals(o.parentId())).toList();
        }

        @Override
        public Organization create(Organization org) {
            Organization made = new Organization(java.util.UUID.randomUUID().toString(), org.type(), org.name(), org.parentId(), org.ncesId(),
                    org.essaStatus(), 1L);
            all.put(made.id(), made);
            return made;
        }

        @Override
        public Organization update(String id, Organization org, long expectedVersion) {
            Organization had = get(id);
            if (had.version() != expectedVersion) throw new org.braid.core.model.StaleVersionException("organization", id, expectedVersion, had.version());
            Organization now = new Organization(id, had.type(), org.name(), org.parentId(), org.ncesId(), org.essaStatus(), had.version() + 1);
            all.put(id, now);
            return now;
        }

        @Override
        public Page<Organization> find(OrgQuery query) {
            List<Organization> found = all.values().stream().filter(o -> query.type() == null || o.type() == query.type())
                    .filter(o -> query.parentId() == null || query.parentId().equals(o.parentId())).toList();
            return new Page<>(found.subList(Math.min(query.offset(), found.size()), Math.min(query.offset() + query.limit(), found.size())), found.size());
        }
    }

    CommentStore store;
    Comments comments;

    @BeforeEach
    void setUp() {
        store = new CommentStore(TestDatabases.memory("coaching" + System.nanoTime(), CoachingModule.ID));
        comments = new Comments(store, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static Inputs.NewComment on(String recordId, String orgId, String text) {
        return new Inputs.NewComment(recordId, orgId, "goal", text);
    }

    static String field(ValidationException e) {
        return e.violations().get(0).field();
    }

    @Test
    void aCommentNeedsARecordAnOrganizationAndTextAndEachProblemNamesItsField() {
        ValidationException all = assertThrows(ValidationException.class, () -> Comments.check(new Inputs.NewComment(null, null, null, " ")));
        assertEquals(List.of("recordId", "orgId", "text"), all.violations().stream().map(v -> v.field()).toList());
        String evil = "<img src=x onerror=alert(1)>";
        ValidationException id = assertThrows(ValidationException.class, () -> Comments.check(on(evil, SCHOOL_A, "Why?")));
        assertEquals("recordId", field(id));
        assertFalse(id.violations().get(0).message().contains(evil), "the input is not echoed");
        assertEquals("recordKind", field(assertThrows(ValidationException.class, () -> Comments.check(new Inputs.NewComment("r1", SCHOOL_A, evil, "Why?")))));
        assertEquals("text", field(assertThrows(ValidationException.class, () -> Comments.check(on("r1", SCHOOL_A, "x".repeat(4001))))));
        assertEquals("recordId", field(assertThrows(ValidationException.class, () -> Comments.check(on("r".repeat(101), SCHOOL_A, "Why?")))));
        Comments.check(on("plan:1.2.1", SCHOOL_A, "x".repeat(4000)));
        Comments.check(new Inputs.NewComment("r1", SCHOOL_A, null, "Why?"));
    }

    @Test
    void aCommentIsStoredOpenWithItsAuthorAndARecordsCommentsStayInOneOrganization() {
        Comment c = comments.create(on("goal-1", SCHOOL_B, "  Are the goals student-focused?  "), "coach");
        assertEquals("Are the goals student-focused?", c.text());
        assertEquals("coach", c.author());
        assertEquals(NOW.toString(), c.createdAt());
        assertFalse(c.resolved());
        assertNull(c.answer());
        assertEquals(1, c.version());
        assertEquals(c, store.get(c.id()));
        assertEquals("other", comments.create(new Inputs.NewComment("goal-1", SCHOOL_B, null, "And measured?"), "coach").recordKind());
        RuleViolationException elsewhere = assertThrows(RuleViolationException.class, () -> comments.create(on("goal-1", SCHOOL_A, "Why?"), "coach"));
        assertEquals("recordId", elsewhere.violations().get(0).field());
        assertEquals(2, store.ofRecord("goal-1").size(), "nothing half-written");
        assertThrows(NotFoundException.class, () -> store.get("no-such-comment"));
    }

    @Test
    void theTeamAnswersAndAResolvedCommentTakesNoAnswerUntilReopened() {
        Comment c = comments.create(on("goal-1", SCHOOL_B, "Why this target?"), "coach");
        Comment answered = comments.change(c.id(), new Inputs.CommentChange("Last year's growth, plus five points.", null, null), 1, "school-b");
        assertEquals("Last year's growth, plus five points.", answered.answer());
        assertEquals("school-b", answered.answeredBy());
        assertEquals(2, answered.version());
        Comment resolved = comments.resolve(c.id(), new Inputs.Resolution(true, null), 2, "coach");
        assertTrue(resolved.resolved());
        assertEquals("coach", resolved.resolvedBy());
        assertEquals(NOW.toString(), resolved.resolvedAt());
        RuleViolationException closed = assertThrows(RuleViolationException.class,
                () -> comments.change(c.id(), new Inputs.CommentChange("More.", null, null), 3, "school-b"));
        assertEquals("answer", closed.violations().get(0).field());
        Comment reopened = comments.change(c.id(), new Inputs.CommentChange("More, reopened.", false, null), 3, "school-b");
        assertFalse(reopened.resolved());
        assertNull(reopened.resolvedBy());
        assertEquals("More, reopened.", reopened.answer());
        Comment both = comments.change(c.id(), new Inputs.CommentChange("Done: see the new measure.", true, null), 4, "school-b");
        assertTrue(both.resolved());
        assertEquals("Done: see the new measure.", both.answer());
    }

    @Test
    void aChangeNeedsAnAnswerOrAResolutionAndTheVersionItWasBasedOn() {
        Comment c = comments.create(on("goal-1", SCHOOL_B, "Why?"), "coach");
        assertEquals("answer", field(assertThrows(ValidationException.class, () -> comments.change(c.id(), new Inputs.CommentChange(null, null, null), 1, "t"))));
        assertEquals("answer", field(assertThrows(ValidationException.class, () -> comments.change(c.id(), new Inputs.CommentChange("  ", null, null), 1, "t"))));
        assertEquals("answer", field(assertThrows(ValidationException.class,
                () -> comments.change(c.id(), new Inputs.CommentChange("x".repeat(4001), null, null), 1, "t"))));
        assertEquals("resolved", field(assertThrows(ValidationException.class, () -> comments.resolve(c.id(), new Inputs.Resolution(null, null), 1, "t"))));
        comments.change(c.id(), new Inputs.CommentChange("First answer.", null, null), 1, "a");
        assertThrows(StaleVersionException.class, () -> comments.change(c.id(), new Inputs.CommentChange("Second answer.", null, null), 1, "b"));
        assertThrows(StaleVersionException.class, () -> comments.resolve(c.id(), new Inputs.Resolution(true, null), 1, "b"));
        assertEquals("First answer.", store.get(c.id()).answer(), "the stale change wrote nothing");
        assertEquals(2, store.get(c.id()).version());
    }

    @Test
    void aCoachsCaseloadIsTheAssignedOrganizationsWithTheirOpenComments() {
        Comment a = comments.create(on("goal-b", SCHOOL_B, "Why?"), "coach");
        comments.create(on("action-b", SCHOOL_B, "Who owns this?"), "coach");
        comments.create(on("goal-a", SCHOOL_A, "And here?"), "district-a");
        comments.resolve(a.id(), new Inputs.Resolution(true, null), 1, "coach");
        assertEquals(Map.of(SCHOOL_B, 1, SCHOOL_A, 1), store.openCounts(List.of(SCHOOL_A, SCHOOL_B, DISTRICT)));
        assertEquals(3, store.ofOrganizations(List.of(SCHOOL_A, SCHOOL_B)).size());

        CaseloadResource caseload = new CaseloadResource(store, new Network());
        Actor coach = new Actor("u-coach", "coach", STATE, Set.of(Role.COACH), List.of(SCHOOL_B));
        List<CaseloadResource.Coached> mine = caseload.caseload(coach);
        assertEquals(List.of(new CaseloadResource.Coached(SCHOOL_B, "School B", "SCHOOL", 1, "#/monitoring/dashboard/" + SCHOOL_B)), mine);
        Actor district = new Actor("u-d", "district-a", DISTRICT, Set.of(Role.LEA_LEADER), List.of());
        List<CaseloadResource.Coached> theirs = caseload.caseload(district);
        assertEquals(List.of(DISTRICT, SCHOOL_A, SCHOOL_B), theirs.stream().map(CaseloadResource.Coached::orgId).toList());
        assertEquals(2, theirs.get(0).openComments(), "a district counts what is open under it");
        Actor viewer = new Actor("u-v", "viewer", DISTRICT, Set.of(Role.VIEWER), List.of());
        assertTrue(caseload.caseload(viewer).isEmpty());
        Actor gone = new Actor("u-c2", "coach-2", STATE, Set.of(Role.COACH), List.of("00000000-0000-4000-8000-00000000dead"));
        assertTrue(caseload.caseload(gone).isEmpty(), "an assignment to a removed organization is left out");
    }

    @Test
    void anExportCarriesTheCommentsWithTheirAnswersIntoAnotherStoreUnchanged() {
        Comment a = comments.create(on("goal-b", SCHOOL_B, "Why?"), "coach");
        comments.change(a.id(), new Inputs.CommentChange("Because the data says so.", true, null), 1, "school-b");
        comments.create(on("goal-a", SCHOOL_A, "And here?"), "district-a");
        CoachingSection section = new CoachingSection(store);
        var exported = section.export(List.of(SCHOOL_B));
        assertEquals(1, exported.path("comments").size(), "only the exported organizations' comments");

        CommentStore other = new CommentStore(TestDatabases.memory("coaching-import" + System.nanoTime(), CoachingModule.ID));
        CoachingSection imported = new CoachingSection(other);
        imported.load(exported);
        assertEquals(exported, imported.export(List.of(SCHOOL_B)));
        Comment copy = other.get(a.id());
        assertEquals("Because the data says so.", copy.answer());
        assertTrue(copy.resolved());
        assertEquals("school-b", copy.resolvedBy());
        assertThrows(org.braid.core.model.ConflictException.class, () -> imported.load(exported), "an id that exists is refused");
        var bad = exported.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad.path("comments").get(0)).put("createdAt", "yesterday").put("id", "fresh-id");
        ValidationException e = assertThrows(ValidationException.class, () -> imported.load(bad));
        assertEquals("sections.coaching.comments[0]", field(e));
    }
}
