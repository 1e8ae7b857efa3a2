package org.braid.platform.internal.network;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.Organization;
import org.braid.core.model.Publications;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.PublicProgress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code /api/public/orgs/{id}/progress}: an organization's published progress, for anyone, without signing in, told
 * by the module that keeps the year's figures. An organization that has not published is not found, exactly like one
 * that does not exist, and so is every organization while no module tells progress.
 */
@Component(service = RestResource.class)
public class PublicProgressResource implements RestResource {
    private final Publications publications;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PublicProgress progress;

    @Activate
    public PublicProgressResource(@Reference Publications publications) {
        this.publications = publications;
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/public/orgs/{id}/progress", "An organization's published progress: its year in plain words, with small "
                + "numbers suppressed; not found until the organization publishes it", Access.open(), req -> {
            String id = req.path("id");
            PublicProgress p = progress;
            if (p == null || !Organization.isId(id) || !publications.published(id)) throw new NotFoundException("published organization", id);
            return ApiReply.ok(p.progress(id, req.query("schoolYear")).orElseThrow(() -> new NotFoundException("published organization", id)));
        }).returning(ObjectNode.class).withQuery(QueryParam.string("schoolYear", "e.g. 2025-26; default the latest school year with plans")));
    }
}
