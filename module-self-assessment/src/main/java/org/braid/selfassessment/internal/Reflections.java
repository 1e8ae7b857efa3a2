package org.braid.selfassessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.braid.core.model.Checks;
import org.braid.core.model.ConflictException;
import org.braid.core.model.ForbiddenException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.ValidationException;
import org.braid.core.model.Violation;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;
import org.braid.core.rest.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The rules of a self-reflection: a district's team rates privately while the round is open, the team sees tallies
 * only, and the lead alone closes the round and records the consensus.
 */
@Component(service = Reflections.class)
public class Reflections {
    static final int MAX_TEAM = 40;
    private final ReflectionStore store;
    private final OrganizationService orgs;
    private final UserDirectory users;
    private final Rubric rubric = Rubric.toolC();

    @Activate
    public Reflections(@Reference ReflectionStore store, @Reference OrganizationService orgs, @Reference UserDirectory users) {
        this.store = store;
        this.orgs = orgs;
        this.users = users;
    }

    /** Opens a district's self-reflection: the team are users of the district, the lead one of its leaders among them. */
    Reflection open(Inputs.NewReflection in) {
        Checks c = new Checks().text("orgId", in.orgId(), 36).required("schoolYear", in.schoolYear()).schoolYear("schoolYear", in.schoolYear())
                .text("leadUserId", in.leadUserId(), 36).required("teamUserIds", in.teamUserIds());
        List<String> team = in.teamUserIds() == null ? List.of() : in.teamUserIds();
        if (team.size() > MAX_TEAM) c.add("teamUserIds", "must name at most " + MAX_TEAM + " members");
        for (int i = 0; i < team.size() && i < MAX_TEAM; i++) c.text("teamUserIds[" + i + "]", team.get(i), 36);
        if (c.ok() && !team.contains(in.leadUserId())) c.add("leadUserId", "must be a member of the team");
        c.throwIfAny();
        if (district(in.orgId()).type() != OrgType.LEA) throw new RuleViolationException("orgId", "must be a district (LEA)");
        List<String> known = users.usersOf(in.orgId()).stream().map(Actor::userId).toList();
        List<Violation> wrong = new ArrayList<>();
        for (int i = 0; i < team.size(); i++) if (!known.contains(team.get(i))) wrong.add(new Violation("teamUserIds[" + i + "]", "is not a user of the district"));
        if (!wrong.isEmpty()) throw new RuleViolationException("the team must be users of the district", wrong);
        boolean leader = users.user(in.leadUserId()).map(u -> u.is(Role.LEA_LEADER)).orElse(false);
        if (!leader) throw new RuleViolationException("leadUserId", "must be a leader of the district (lea-leader)");
        return store.insert(new Reflection(UUID.randomUUID().toString(), in.orgId(), in.schoolYear(), in.leadUserId(), List.copyOf(new java.util.LinkedHashSet<>(team)),
                Reflection.OPEN, null));
    }

    private Organization district(String orgId) {
        try {
            return orgs.get(orgId);
        } catch (NotFoundException e) {
            throw new RuleViolationException("orgId", "no such organization");
        }
    }

    /** @return the reflection as the team and the state see it: tallies, never single ratings */
    ReflectionView view(String id) {
        return view(store.get(id));
    }

    ReflectionView view(Reflection r) {
        Map<String, List<Integer>> tallies = store.distributions(r.id());
        Map<String, ReflectionStore.Versioned<Consensus>> agreed = store.consensus(r.id());
        List<ReflectionView.ElementResult> elements = new ArrayList<>();
        for (String code : rubric.codes()) {
            Tally t = Tally.fromDistribution(tallies.getOrDefault(code, List.of(0, 0, 0, 0)));
            ReflectionStore.Versioned<Consensus> c = agreed.get(code);
            elements.add(new ReflectionView.ElementResult(code, rubric.element(code).practice(), t, c == null ? null : c.value(), t.flagged()));
        }
        List<ReflectionView.Member> team = new ArrayList<>();
        for (String user : r.teamUserIds()) team.add(new ReflectionView.Member(user, users.user(user).map(Actor::username).orElse(null)));
        int done = (int) elements.stream().filter(e -> e.consensus() != null).count();
        return new ReflectionView(r.id(), r.orgId(), r.schoolYear(), r.leadUserId(), team, r.status(), done == elements.size(), done, elements, r.version());
    }

    /**
     * Saves the caller's own rating of an element.
     *
     * @throws ForbiddenException when the caller is not on the team
     * @throws ConflictException  when the round is closed
     */
    Rating rate(String id, String code, Actor actor, Inputs.RatingInput in) {
        Reflection r = store.get(id);
        element(code);
        member(r, actor);
        in.check().throwIfAny();
        if (!r.open()) throw new ConflictException("status", "the round of ratings is closed; ratings can no longer change");
        return store.rate(id, code, actor.userId(), in, in.version());
    }

    /** @return the caller's own ratings; nobody else's */
    List<Rating> myRatings(String id, Actor actor) {
        Reflection r = store.get(id);
        member(r, actor);
        return store.myRatings(id, actor.userId());
    }

    /** Records the team's consensus on an element (the lead only), during the round or after it closed. */
    ReflectionView agree(String id, String code, Actor actor, Inputs.ConsensusInput in) {
        Reflection r = store.get(id);
        element(code);
        lead(r, actor, "level");
        in.check().throwIfAny();
        store.agree(id, code, new Consensus(in.level(), in.notes(), in.evidence()), in.version());
        return view(id);
    }

    /** Closes the round of ratings (the lead only); closing a closed round changes nothing. */
    ReflectionView close(String id, Actor actor) {
        Reflection r = store.get(id);
        lead(r, actor, "status");
        if (r.open()) store.close(id);
        return view(id);
    }

    /** @throws ValidationException when the rubric has no such element */
    Rubric.Element element(String code) {
        Rubric.Element e = rubric.element(code);
        if (e == null) throw new ValidationException("elementCode", "is not an element of the self-reflection rubric (1a1 to 4c3)");
        return e;
    }

    static void member(Reflection r, Actor actor) {
        if (!r.teamUserIds().contains(actor.userId())) throw new ForbiddenException("teamUserIds", "only members of the team rate, and see their own ratings");
    }

    static void lead(Reflection r, Actor actor, String field) {
        if (!r.leadUserId().equals(actor.userId())) throw new ForbiddenException(field, "only the lead of the self-reflection may do this");
    }

    Rubric rubric() {
        return rubric;
    }
}
