package org.braid.selfassessment.internal;

import java.util.List;

import org.braid.core.model.Checks;
import org.braid.core.model.ConflictException;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Page;
import org.braid.core.rest.Access;
import org.braid.core.rest.Actor;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.ApiRequest;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.braid.core.rest.Role;
import org.braid.core.rest.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code /api/self-assessment/reflections}: a district's self-reflection, its members' own ratings, the lead's
 * consensus, the printable results and the concerns sent to the needs assessment. Anyone who may see the district sees
 * the tallies; a single rating reaches only the member who gave it. Members rate whatever their role (a district's staff
 * may only read it otherwise); the lead, one of its leaders, changes the reflection itself.
 */
@Component(service = RestResource.class)
public class ReflectionResource implements RestResource {
    private final Reflections reflections;
    private final ReflectionStore store;
    private final UserDirectory users;
    private final OrganizationService orgs;
    /** Present while the needs-assessment module is on. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Concerns concerns;

    @Activate
    public ReflectionResource(@Reference Reflections reflections, @Reference ReflectionStore store, @Reference UserDirectory users, @Reference OrganizationService orgs) {
        this.reflections = reflections;
        this.store = store;
        this.users = users;
        this.orgs = orgs;
    }

    @Override
    public String module() {
        return SelfAssessmentModule.ID;
    }

    /** A user of the district who may be named to the team; a leader may lead it. */
    record Candidate(String userId, String username, boolean leader) {}

    @Override
    public List<Operation> operations() {
        Access.OrgOf reflectionOrg = req -> {
            Reflection r = store.get(Checks.require("id", req.path("id")));
            req.keepTarget(r);
            return r.orgId();
        };
        String base = "/self-assessment/reflections";
        return List.of(
                Operation.post(base, "Open a district's self-reflection for a school year with its team and lead", Inputs.NewReflection.class,
                        Access.edit(req -> req.body(Inputs.NewReflection.class).orgId()), req -> {
                    Reflection r = reflections.open(req.body(Inputs.NewReflection.class));
                    return ApiReply.created(reflections.view(r)).version(r.version());
                }).returning(ReflectionView.class),
                Operation.get(base, "A district's self-reflections, newest school year first", Access.read(req -> req.query("orgId")), req -> {
                    List<ReflectionView> all = store.forOrganization(Checks.require("orgId", req.query("orgId"))).stream().map(reflections::view).toList();
                    return ApiReply.ok(Page.of(all));
                }).returningList(ReflectionView.class).withQuery(QueryParam.string("orgId", "the district")),
                Operation.get(base + "/{id}", "A self-reflection: per element the tally of ratings, the consensus and the disagreement flag",
                        Access.read(reflectionOrg), req -> {
                    ReflectionView v = reflections.view(target(req));
                    return ApiReply.ok(v).version(v.version());
                }).returning(ReflectionView.class),
                Operation.put(base + "/{id}/my-ratings/{elementCode}", "Save your own rating of an element while the round is open (team members)",
                        Inputs.RatingInput.class, Access.read(reflectionOrg), req -> {
                    Rating saved = reflections.rate(req.path("id"), req.path("elementCode"), req.actor(), req.body(Inputs.RatingInput.class));
                    // the answer says which rating was saved, not what it is; the audit trail, read by others, only that a
                    // member saved a rating of this reflection: not which element, nor the level or evidence
                    return ApiReply.ok(new Saved(req.path("id"), saved.code(), saved.version())).version(saved.version());
                }).returning(Saved.class).auditedAs(base + "/{id}/my-ratings"),
                Operation.get(base + "/{id}/my-ratings", "Your own ratings in a self-reflection (team members); nobody else's",
                        Access.read(reflectionOrg), req -> ApiReply.ok(Page.of(reflections.myRatings(req.path("id"), req.actor()))))
                        .returningList(Rating.class),
                Operation.put(base + "/{id}/consensus/{elementCode}", "Record the team's consensus on an element (the lead)",
                        Inputs.ConsensusInput.class, Access.edit(reflectionOrg), req -> {
                    ReflectionView v = reflections.agree(req.path("id"), req.path("elementCode"), req.actor(), req.body(Inputs.ConsensusInput.class));
                    return ApiReply.ok(v).version(v.version());
                }).returning(ReflectionView.class),
                Operation.post(base + "/{id}/close", "Close the round of ratings (the lead); the consensus can still be recorded", null,
                        Access.edit(reflectionOrg), req -> ApiReply.ok(reflections.close(req.path("id"), req.actor()))).status(200)
                        .returning(ReflectionView.class),
                Operation.get(base + "/{id}/pdf", "The district's results as a printable PDF, with the consensus and its evidence",
                        Access.read(reflectionOrg), req -> {
                    ReflectionView v = reflections.view(target(req));
                    return ApiReply.ok(ReflectionPdf.pdf(v, orgs.get(v.orgId()).name(), reflections.rubric())).as("application/pdf")
                            .header("Content-Disposition", "inline; filename=\"self-reflection-" + v.schoolYear() + ".pdf\"");
                }).producing("application/pdf"),
                Operation.post(base + "/{id}/concerns", "Send the elements agreed at level 1 or 2 to the district's needs assessment as concerns (the lead)",
                        null, Access.edit(reflectionOrg), req -> {
                    Reflection r = target(req);
                    Reflections.lead(r, req.actor(), "concerns");
                    Concerns now = concerns;
                    if (now == null) throw new ConflictException("concerns", "the needs-assessment module is off; concerns can be sent while it is on");
                    List<Concerns.Sent> sent = now.send(reflections.view(r), reflections.rubric());
                    return ApiReply.ok(Page.of(sent));
                }).status(200).returningList(Concerns.Sent.class),
                Operation.get("/self-assessment/team-candidates", "The users of a district who may be named to its self-reflection team",
                        Access.edit(req -> req.query("orgId")), req -> ApiReply.ok(Page.of(users.usersOf(Checks.require("orgId", req.query("orgId"))).stream()
                                .map(u -> new Candidate(u.userId(), u.username(), u.is(Role.LEA_LEADER))).toList())))
                        .returningList(Candidate.class).withQuery(QueryParam.string("orgId", "the district")));
    }

    /** What a member's save answers: which rating was saved, and its version; not the rating itself. */
    record Saved(String reflectionId, String code, Long version) {}

    private Reflection target(ApiRequest req) {
        return req.target(Reflection.class).filter(r -> r.id().equals(req.path("id"))).orElseGet(() -> store.get(req.path("id")));
    }
}
