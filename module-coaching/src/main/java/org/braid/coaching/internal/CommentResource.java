package org.braid.coaching.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.braid.core.model.Checks;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Page;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.ApiRequest;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.RecordLocator.RecordPlace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Comments on records: a coach (or district or state staff) comments where they may comment, the organization's team
 * answers, and either resolves. A comment is seen by whoever sees its organization.
 */
@Component(service = RestResource.class)
public class CommentResource implements RestResource {
    private final CommentStore store;
    private final Comments comments;
    private final OrganizationService orgs;
    private final RecordPlaces places;

    @Activate
    public CommentResource(@Reference CommentStore store, @Reference Comments comments, @Reference OrganizationService orgs,
            @Reference RecordPlaces places) {
        this.store = store;
        this.comments = comments;
        this.orgs = orgs;
        this.places = places;
    }

    @Override
    public String module() {
        return CoachingModule.ID;
    }

    @Override
    public List<Operation> operations() {
        Access.OrgOf commentOrg = req -> {
            Comment c = store.get(req.path("id"));
            req.keepTarget(c);
            return c.orgId();
        };
        return List.of(
                Operation.post("/coaching/comments", "Comment on a record of an organization (its direction, an assessment part, a plan element, a report...)",
                        Inputs.NewComment.class, Access.comment(req -> {
                            Inputs.NewComment in = req.body(Inputs.NewComment.class);
                            RecordPlace place = places.place(in.recordId(), in.orgId());
                            req.keepTarget(place); // the modules are asked once per request
                            return place.orgId();
                        }), req -> {
                    Inputs.NewComment in = req.body(Inputs.NewComment.class);
                    // the record's organization and kind, as the module that holds it says (orgId and recordKind may be left out)
                    RecordPlace place = req.target(RecordPlace.class).orElseGet(() -> places.place(in.recordId(), in.orgId()));
                    String orgId = place.orgId();
                    String kind = in.recordKind() != null ? in.recordKind()
                            : place.kind() != null && Comments.KINDS.contains(place.kind()) ? place.kind() : "other";
                    orgs.get(orgId); // an administrator passes every access rule: the organization must still exist
                    Comment c = comments.create(new Inputs.NewComment(in.recordId(), orgId, kind, in.text()), req.actor().username());
                    return ApiReply.created(c).version(c.version());
                }).returning(Comment.class),
                Operation.get("/coaching/comments", "The comments on a record, or on the records of an organization and everything under it, oldest first",
                        Access.read(this::listedOrg), req -> ApiReply.ok(list(req))).returningList(Comment.class).withQuery(
                        QueryParam.string("recordId", "one record's comments"),
                        QueryParam.string("orgId", "the comments in an organization and everything under it"),
                        QueryParam.string("resolved", "true or false: only resolved, or only open, comments")),
                Operation.get("/coaching/comments/{id}", "One comment with its answer", Access.read(commentOrg), req -> {
                    Comment c = req.target(Comment.class).orElseGet(() -> store.get(req.path("id")));
                    return ApiReply.ok(c).version(c.version());
                }).returning(Comment.class),
                Operation.put("/coaching/comments/{id}", "The team answers a comment, or resolves or reopens it (send If-Match)", Inputs.CommentChange.class,
                        Access.edit(commentOrg), req -> {
                    Inputs.CommentChange in = req.body(Inputs.CommentChange.class);
                    Comment c = comments.change(req.path("id"), in, req.expectedVersion(in.version()), req.actor().username());
                    return ApiReply.ok(c).version(c.version());
                }).returning(Comment.class),
                Operation.put("/coaching/comments/{id}/resolution", "The coach (or anyone who may comment there) resolves or reopens a comment (send If-Match)",
                        Inputs.Resolution.class, Access.comment(commentOrg), req -> {
                    Inputs.Resolution in = req.body(Inputs.Resolution.class);
                    Comment c = comments.resolve(req.path("id"), in, req.expectedVersion(in.version()), req.actor().username());
                    return ApiReply.ok(c).version(c.version());
                }).returning(Comment.class));
    }

    /**
     * The organization a list is read in: {@code orgId}; else the one a record's comments name; else, for a record
     * without comments, the caller's own (the list is empty either way).
     */
    private String listedOrg(ApiRequest req) {
        String orgId = req.query("orgId"), recordId = req.query("recordId");
        if (recordId != null) new Checks().matches("recordId", recordId, Comments.RECORD_ID, "a record's id").throwIfAny();
        if (orgId != null && !orgId.isBlank()) return orgId;
        if (recordId == null || recordId.isBlank()) throw new ValidationException("orgId", "send orgId or recordId");
        return store.orgOfRecord(recordId).orElseGet(() -> {
            List<String> homes = req.actor().homes();
            return homes == null || homes.isEmpty() ? null : homes.get(0);
        });
    }

    private Page<Comment> list(ApiRequest req) {
        String orgId = req.query("orgId"), recordId = req.query("recordId"), resolved = req.query("resolved");
        if (resolved != null && !resolved.equals("true") && !resolved.equals("false")) throw new ValidationException("resolved", "must be true or false");
        List<Comment> found;
        if (orgId != null && !orgId.isBlank()) {
            Set<String> subtree = orgs.subtree(orgId).stream().map(Organization::id).collect(Collectors.toSet());
            found = recordId == null ? store.ofOrganizations(subtree)
                    : store.ofRecord(recordId).stream().filter(c -> subtree.contains(c.orgId())).toList();
        } else {
            String org = store.orgOfRecord(recordId).orElse(null);
            found = org == null ? List.of() : store.ofRecord(recordId);
        }
        if (resolved != null) found = found.stream().filter(c -> c.resolved() == Boolean.parseBoolean(resolved)).toList();
        return Page.of(found);
    }
}
