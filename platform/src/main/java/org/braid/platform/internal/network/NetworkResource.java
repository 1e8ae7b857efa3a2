package org.braid.platform.internal.network;

import java.util.List;
import java.util.Locale;

import org.braid.core.model.Direction;
import org.braid.core.model.DirectionService;
import org.braid.core.model.OrgQuery;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.Page;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/orgs}: the SEA > LEA > school tree and each organization's direction. */
@Component(service = RestResource.class)
public class NetworkResource implements RestResource {
    private final OrganizationStore orgs;
    private final DirectionService directions;
    private final OrganizationChanges changes;
    private final PublicationStore publications;

    @Activate
    public NetworkResource(@Reference OrganizationStore orgs, @Reference DirectionService directions, @Reference PublicationStore publications) {
        this.orgs = orgs;
        this.directions = directions;
        this.publications = publications;
        this.changes = new OrganizationChanges(orgs);
    }

    @Override
    public String module() {
        return "core";
    }

    /**
     * A page of organizations: {@code total} counts every match, except for a name search ({@code q}), counted up to 1,000
     * past the page; when that count stopped there, {@code totalStopped} is true and at least {@code total} organizations match.
     */
    public record OrgPage(List<Organization> items, long total, boolean totalStopped) {}

    @Override
    public List<Operation> operations() {
        return List.of(
                Operation.post("/orgs", "Add an SEA (admin) or an LEA or school (who may edit its parent)", Organization.class,
                        Access.edit(req -> req.body(Organization.class).parentId()),
                        req -> {
                            changes.checkCreate(req.actor(), req.body(Organization.class));
                            openParent(req.body(Organization.class).parentId());
                            Organization o = orgs.create(req.body(Organization.class));
                            return ApiReply.created(o).version(o.version());
                        }).returning(Organization.class),
                Operation.get("/orgs", "Find organizations in the caller's scope by level, parent, name or NCES id, a page at a time; "
                        + "total counts every match, except for a name search (q), counted up to 1,000 past the page: totalStopped says when at least that many match",
                        Access.signedIn(), req -> {
                    OrgQuery q = new OrgQuery(type(req.query("type")), blankToNull(req.query("parentId")), req.query("q"),
                            req.intQuery("limit", OrgQuery.DEFAULT_LIMIT), req.intQuery("offset", 0), req.actor().homes());
                    Page<Organization> page = orgs.find(q);
                    return ApiReply.ok(new OrgPage(page.items(), page.total(), q.countStopped(page.total())));
                }).returning(OrgPage.class).withQuery(QueryParam.string("type", "SEA, LEA or SCHOOL"), QueryParam.string("parentId", "children of this organization"),
                        QueryParam.string("q", "part of the name, or the NCES id"), QueryParam.integer("limit", "page size, default 100, at most 1000"),
                        QueryParam.integer("offset", "rows to skip")),
                Operation.get("/orgs/{id}", "One organization", Access.read(Access.pathOrg("id")), req -> {
                    Organization o = orgs.get(req.path("id"));
                    return ApiReply.ok(o).version(o.version());
                }).returning(Organization.class),
                Operation.put("/orgs/{id}", "Change an organization (send If-Match): its leaders its name and NCES id, "
                        + "the state its ESSA status and parent", Organization.class, Access.govern(Access.pathOrg("id")), req -> {
                    Organization body = req.body(Organization.class);
                    if (body.id() != null && !body.id().equals(req.path("id"))) throw new ValidationException("id", "does not match the path");
                    Organization stored = orgs.get(req.path("id"));
                    changes.checkUpdate(req.actor(), stored, new Organization(stored.id(), stored.type(), body.name(), body.parentId(),
                            body.ncesId(), body.essaStatus(), stored.version()));
                    if (!java.util.Objects.equals(stored.parentId(), body.parentId())) openParent(body.parentId());
                    Organization o = orgs.update(req.path("id"), body, req.expectedVersion(body.version()));
                    return ApiReply.ok(o).version(o.version());
                }).returning(Organization.class),
                Operation.get("/orgs/{id}/closure", "Whether the organization has closed, and when", Access.read(Access.pathOrg("id")),
                        req -> ApiReply.ok(closure(req.path("id")))).returning(Closure.class),
                Operation.put("/orgs/{id}/closure", "Close an organization (it keeps its records and history and leaves the lists), or open it again",
                        Closure.class, Access.govern(Access.pathOrg("id")), req -> {
                    changes.checkLeads(req.actor());
                    Closure body = req.body(Closure.class);
                    if (body.closed() == null) throw new ValidationException("closed", "is required: true or false");
                    changes.checkClose(req.actor(), orgs.get(req.path("id")));
                    orgs.close(req.path("id"), body.closed(), req.actor().username());
                    return ApiReply.ok(closure(req.path("id")));
                }).returning(Closure.class),
                Operation.get("/orgs/{id}/children", "The LEAs of an SEA, the schools of an LEA, all at once (kept for existing clients; "
                        + "a list that can grow, such as a state's districts, should page with GET /orgs?parentId=&limit=&offset=)",
                        Access.read(Access.pathOrg("id")), req -> ApiReply.ok(Page.of(orgs.children(req.path("id")))))
                        .returningList(Organization.class),
                Operation.get("/orgs/{id}/direction", "Vision, mission, purpose, glossary, goals and goal measures",
                        Access.read(Access.pathOrg("id")), req -> {
                    Direction d = directions.get(req.path("id"));
                    return ApiReply.ok(d).version(d.version());
                }).returning(Direction.class),
                Operation.put("/orgs/{id}/direction", "Replace the direction (send If-Match; 0 for the first save)", Direction.class,
                        Access.edit(Access.pathOrg("id")), req -> {
                    Direction body = req.body(Direction.class);
                    if (body.orgId() != null && !body.orgId().equals(req.path("id"))) throw new ValidationException("orgId", "does not match the path");
                    Direction d = directions.put(req.path("id"), body, req.expectedVersion(body.version()));
                    return ApiReply.ok(d).version(d.version());
                }).returning(Direction.class),
                Operation.get("/orgs/{id}/publication", "Whether the organization's progress page is published for everyone, and whether its state requires it",
                        Access.read(Access.pathOrg("id")), req -> ApiReply.ok(publication(req.path("id")))).returning(Publication.class),
                Operation.put("/orgs/{id}/publication", "Publish the organization's progress page for everyone (no sign-in), or take it down; "
                        + "on a state, \"required\": true publishes every page in the state for good",
                        Publication.class, Access.edit(Access.pathOrg("id")), req -> {
                    Publication body = req.body(Publication.class);
                    Organization o = orgs.get(req.path("id"));
                    if (body.published() == null && body.required() == null) throw new ValidationException("published", "is required: true or false");
                    if (body.required() != null) {
                        if (o.type() != OrgType.SEA) throw new ValidationException("required", "only a state can require its organizations to publish");
                        publications.require(o.id(), body.required(), req.actor().username());
                    }
                    if (body.published() != null) publications.publish(o.id(), body.published(), req.actor().username());
                    return ApiReply.ok(publication(o.id()));
                }).returning(Publication.class));
    }

    /**
     * Whether an organization has closed.
     *
     * @param closedAt ignored in a request
     */
    public record Closure(Boolean closed, String closedAt) {}

    private Closure closure(String orgId) {
        var at = orgs.closedAt(orgId);
        return new Closure(at.isPresent(), at.map(java.time.Instant::toString).orElse(null));
    }

    /** Nothing is added under, or moved to, an organization that has closed. */
    private void openParent(String parentId) {
        if (parentId != null && orgs.closed(parentId)) {
            throw new org.braid.core.model.ConflictException("parentId", "that organization has closed");
        }
    }

    private Publication publication(String orgId) {
        return new Publication(orgs.get(orgId).id(), publications.published(orgId), publications.required(orgId));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static OrgType type(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return OrgType.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("type", "must be one of SEA, LEA, SCHOOL");
        }
    }
}
