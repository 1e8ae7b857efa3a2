package org.braid.selfassessment.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.model.ConflictException;
import org.braid.core.model.EssaStatus;
import org.braid.core.model.ForbiddenException;
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
import org.braid.core.rest.UserDirectory;
import org.braid.platform.json.BraidJson;
import org.braid.platform.store.Database;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReflectionsTest {
    static final String STATE = "00000000-0000-4000-8000-000000000001", DISTRICT = "00000000-0000-4000-8000-000000000002",
            SCHOOL = "00000000-0000-4000-8000-000000000003", OTHER = "00000000-0000-4000-8000-000000000004";
    static final Actor LEAD = new Actor("u-lead", "district-a", DISTRICT, Set.of(Role.LEA_LEADER), List.of());
    static final Actor MEMBER = new Actor("u-member", "district-a-2", DISTRICT, Set.of(Role.LEA_LEADER), List.of());
    static final Actor STAFF = new Actor("u-staff", "district-a-3", DISTRICT, Set.of(Role.VIEWER), List.of());
    static final Actor OUTSIDER = new Actor("u-out", "school-a", SCHOOL, Set.of(Role.SCHOOL_LEADER), List.of());

    /** The network of a state with two districts and a school. */
    static final class Network implements OrganizationService {
        final Map<String, Organization> all = Map.of(
                STATE, new Organization(STATE, OrgType.SEA, "State", null, null, EssaStatus.NONE, 1L),
                DISTRICT, new Organization(DISTRICT, OrgType.LEA, "District A", STATE, null, EssaStatus.NONE, 1L),
                OTHER, new Organization(OTHER, OrgType.LEA, "District B", STATE, null, EssaStatus.NONE, 1L),
                SCHOOL, new Organization(SCHOOL, OrgType.SCHOOL, "School A", DISTRICT, null, EssaStatus.NONE, 1L));

        @Override
        public Organization get(String id) {
            Organization o = all.get(id);
            if (o == null) throw new NotFoundException("organization", id);
            return o;
        }

        @Override
        public List<Organization> subtree(String id) {
            if (id.equals(STATE)) return List.of(all.get(STATE), all.get(DISTRICT), all.get(OTHER), all.get(SCHOOL));
            if (id.equals(DISTRICT)) return List.of(all.get(DISTRICT), all.get(SCHOOL));
            return List.of(get(id));
        }

        @Override
        public Organization create(Organization org) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Organization update(String id, Organization org, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Organization> find(OrgQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Organization> children(String id) {
            throw new UnsupportedOperationException();
        }
    }

    /** The demo users of District A and one of School A. */
    static final UserDirectory USERS = new UserDirectory() {
        final List<Actor> all = List.of(LEAD, MEMBER, STAFF, OUTSIDER);

        @Override
        public List<Actor> usersOf(String orgId) {
            return all.stream().filter(a -> a.orgId().equals(orgId)).toList();
        }

        @Override
        public Optional<Actor> user(String userId) {
            return all.stream().filter(a -> a.userId().equals(userId)).findFirst();
        }
    };

    Database db;
    ReflectionStore store;
    Reflections reflections;

    @BeforeEach
    void setUp() {
        db = TestDatabases.memory("sa" + System.nanoTime(), SelfAssessmentModule.ID);
        store = new ReflectionStore(db);
        reflections = new Reflections(store, new Network(), USERS);
    }

    Reflection open(String year) {
        return reflections.open(new Inputs.NewReflection(DISTRICT, year, List.of(LEAD.userId(), MEMBER.userId(), STAFF.userId()), LEAD.userId()));
    }

    static Inputs.RatingInput rating(int level, String evidence) {
        return new Inputs.RatingInput(level, evidence, null, null);
    }

    @Test
    void aDistrictsTeamAreItsUsersLedByOneOfItsLeaders() {
        Reflection r = open("2026-27");
        assertEquals(Reflection.OPEN, r.status());
        assertEquals(3, r.teamUserIds().size());
        RuleViolationException stranger = assertThrows(RuleViolationException.class, () -> reflections.open(
                new Inputs.NewReflection(DISTRICT, "2027-28", List.of(LEAD.userId(), OUTSIDER.userId()), LEAD.userId())));
        assertEquals("teamUserIds[1]", stranger.violations().get(0).field());
        assertEquals("leadUserId", assertThrows(RuleViolationException.class, () -> reflections.open(
                new Inputs.NewReflection(DISTRICT, "2027-28", List.of(STAFF.userId()), STAFF.userId()))).violations().get(0).field());
        assertEquals("leadUserId", assertThrows(ValidationException.class, () -> reflections.open(
                new Inputs.NewReflection(DISTRICT, "2027-28", List.of(STAFF.userId()), LEAD.userId()))).violations().get(0).field());
        assertEquals("orgId", assertThrows(RuleViolationException.class, () -> reflections.open(
                new Inputs.NewReflection(SCHOOL, "2027-28", List.of(OUTSIDER.userId()), OUTSIDER.userId()))).violations().get(0).field());
        assertEquals("schoolYear", assertThrows(ConflictException.class, () -> open("2026-27")).violations().get(0).field());
    }

    @Test
    void theTeamSeesTalliesAndEachMemberOnlyTheirOwnRatings() throws Exception {
        Reflection r = open("2026-27");
        reflections.rate(r.id(), "1a1", LEAD, rating(1, "lead's evidence"));
        reflections.rate(r.id(), "1a1", MEMBER, rating(3, "member's evidence"));
        reflections.rate(r.id(), "1a1", STAFF, rating(3, null));
        reflections.rate(r.id(), "2b2", MEMBER, rating(2, null));
        Rating changed = reflections.rate(r.id(), "2b2", MEMBER, rating(4, "changed my mind"));
        assertEquals(2L, changed.version());

        ReflectionView v = reflections.view(r.id());
        ReflectionView.ElementResult e = v.elements().get(0);
        assertEquals("1a1", e.code());
        assertEquals(new Tally(3, List.of(1, 0, 2, 0), 3.0, 2), e.ratings());
        assertTrue(e.flagged());
        assertEquals(List.of(0, 0, 0, 1), v.elements().stream().filter(x -> x.code().equals("2b2")).findFirst().orElseThrow().ratings().distribution());
        String seen = BraidJson.write(v.elements());
        for (String secret : List.of("lead's evidence", "member's evidence", "changed my mind", LEAD.userId(), MEMBER.userId())) {
            assertFalse(seen.contains(secret), "the results show no single rating and no rater: " + secret);
        }
        assertEquals(List.of("1a1", "2b2"), reflections.myRatings(r.id(), MEMBER).stream().map(Rating::code).toList());
        assertEquals("member's evidence", reflections.myRatings(r.id(), MEMBER).get(0).evidence());
        assertEquals(List.of(1), reflections.myRatings(r.id(), LEAD).stream().map(Rating::level).toList());
        assertThrows(ForbiddenException.class, () -> reflections.myRatings(r.id(), OUTSIDER));
        assertThrows(ForbiddenException.class, () -> reflections.rate(r.id(), "1a1", OUTSIDER, rating(2, null)));
        assertThrows(StaleVersionException.class, () -> reflections.rate(r.id(), "2b2", MEMBER, new Inputs.RatingInput(1, null, null, 1L)));
        assertEquals("level", assertThrows(ValidationException.class, () -> reflections.rate(r.id(), "1a1", MEMBER, rating(5, null))).violations().get(0).field());
        assertEquals("elementCode", assertThrows(ValidationException.class, () -> reflections.rate(r.id(), "9z9", MEMBER, rating(2, null))).violations().get(0).field());
    }

    @Test
    void onlyTheLeadClosesTheRoundAndRecordsTheConsensusAndAClosedRoundTakesNoRatings() {
        Reflection r = open("2026-27");
        reflections.rate(r.id(), "1a1", MEMBER, rating(2, null));
        assertEquals("level", assertThrows(ForbiddenException.class, () -> reflections.agree(r.id(), "1a1", MEMBER, new Inputs.ConsensusInput(2, null, null, null)))
                .violations().get(0).field());
        assertThrows(ForbiddenException.class, () -> reflections.close(r.id(), MEMBER));
        assertEquals(Reflection.CLOSED, reflections.close(r.id(), LEAD).status());
        ConflictException closed = assertThrows(ConflictException.class, () -> reflections.rate(r.id(), "1a1", MEMBER, rating(3, null)));
        assertEquals("status", closed.violations().get(0).field());
        assertEquals(List.of(2), reflections.myRatings(r.id(), MEMBER).stream().map(Rating::level).toList(), "unchanged");
        ReflectionView v = null;
        for (String code : Rubric.toolC().codes()) v = reflections.agree(r.id(), code, LEAD, new Inputs.ConsensusInput(code.startsWith("1") ? 2 : 3, "discussed", code.equals("1a1") ? "walkthrough logs" : null, null));
        assertTrue(v.complete());
        assertEquals(37, v.agreed());
        assertEquals(new Consensus(2, "discussed", "walkthrough logs"), v.elements().get(0).consensus());
        assertThrows(StaleVersionException.class, () -> reflections.agree(r.id(), "1a1", LEAD, new Inputs.ConsensusInput(3, null, null, 7L)));
        reflections.agree(r.id(), "1a1", LEAD, new Inputs.ConsensusInput(3, "second look", null, 1L));
        assertEquals(3, reflections.view(r.id()).elements().get(0).consensus().level());
    }

    @Test
    void anExportCarriesTalliesNotRatingsAndImportsIntoAnotherStoreUnchanged() {
        Reflection r = open("2026-27");
        reflections.rate(r.id(), "1a1", LEAD, rating(1, "private evidence"));
        reflections.rate(r.id(), "1a1", MEMBER, rating(4, null));
        reflections.agree(r.id(), "1a1", LEAD, new Inputs.ConsensusInput(2, "agreed after discussion", "minutes of the May meeting", null));
        ProcessAssessments processes = new ProcessAssessments(store, new Network());
        ProcessAssessment p = processes.start(new Inputs.NewProcessAssessment(DISTRICT, "2026-27"));
        processes.update(p.id(), new ProcessAssessment.Sections(List.of(new ProcessAssessment.TeamRole("Title I", "A. Rivera", null, "facilitator")), null, null,
                List.of(new ProcessAssessment.ProcessStep("plan", "schools write plans in May", "no check against evidence")),
                List.of(new ProcessAssessment.Support("plan review", "spring", List.of("plan", "select"), "evidence tiers")), null,
                List.of(new ProcessAssessment.NextStep("evidence", "add an evidence check")), null), 1);
        SelfAssessmentSection section = new SelfAssessmentSection(store, processes);
        JsonNode first = section.export(List.of(DISTRICT));
        String text = first.toString();
        assertFalse(text.contains("private evidence"));
        assertFalse(text.contains("rater"));
        assertEquals("[1,0,0,1]", first.path("reflections").get(0).path("tallies").path("1a1").toString());

        Database other = TestDatabases.memory("sa-other" + System.nanoTime(), SelfAssessmentModule.ID);
        ReflectionStore otherStore = new ReflectionStore(other);
        SelfAssessmentSection otherSection = new SelfAssessmentSection(otherStore, new ProcessAssessments(otherStore, new Network()));
        other.transaction(c -> {
            otherSection.load(first);
            return null;
        });
        assertEquals(first, otherSection.export(List.of(DISTRICT)));
        assertEquals(List.of("plan", "no check against evidence"), List.of(first.path("processAssessments").get(0).path("process").get(2).path("step").asText(),
                first.path("processAssessments").get(0).path("process").get(2).path("gaps").asText()));
        assertThrows(ConflictException.class, () -> otherSection.load(first), "the same ids twice");
    }
}
