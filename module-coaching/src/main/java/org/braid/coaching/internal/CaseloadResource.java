package org.braid.coaching.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.braid.core.model.NotFoundException;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Page;
import org.braid.core.rest.Access;
import org.braid.core.rest.Actor;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.core.rest.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/coaching/caseload}: the organizations the signed-in user coaches, each with its open comments and
 * where to see its lagging work. A coach's are those assigned; district or state staff's are their own organization
 * and those directly under it.
 */
@Component(service = RestResource.class)
public class CaseloadResource implements RestResource {

    /**
     * One organization of a caseload.
     *
     * @param openComments comments not yet resolved on its records and those of everything under it
     * @param dashboard    the page of the monitoring dashboard with its lagging work
     */
    public record Coached(String orgId, String name, String type, int openComments, String dashboard) {}

    private final CommentStore store;
    private final OrganizationService orgs;

    @Activate
    public CaseloadResource(@Reference CommentStore store, @Reference OrganizationService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String module() {
        return CoachingModule.ID;
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/coaching/caseload", "The organizations the signed-in user coaches, with their open comments",
                Access.signedIn(), req -> ApiReply.ok(Page.of(caseload(req.actor())))).returningList(Coached.class));
    }

    List<Coached> caseload(Actor actor) {
        Set<String> ids = new LinkedHashSet<>(actor.assigned());
        if (ids.isEmpty() && actor.orgId() != null && actor.roles().stream().anyMatch(r -> r != Role.COACH && r != Role.VIEWER)) {
            ids.add(actor.orgId());
            orgs.children(actor.orgId()).forEach(o -> ids.add(o.id()));
        }
        List<Coached> out = new ArrayList<>();
        for (String id : ids) {
            List<Organization> subtree;
            try {
                subtree = orgs.subtree(id);
            } catch (NotFoundException e) {
                continue; // an assignment to an organization since removed
            }
            Map<String, Integer> open = store.openCounts(subtree.stream().map(Organization::id).toList());
            Organization o = subtree.get(0).id().equals(id) ? subtree.get(0) : orgs.get(id);
            out.add(new Coached(o.id(), o.name(), o.type().name(), open.values().stream().mapToInt(Integer::intValue).sum(), "#/monitoring/dashboard/" + o.id()));
        }
        return out;
    }
}
