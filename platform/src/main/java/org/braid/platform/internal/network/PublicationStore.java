package org.braid.platform.internal.network;

import java.sql.Timestamp;
import java.time.Instant;

import org.braid.core.model.ConflictException;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Publications;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Published progress pages: one row per organization that published (none until its leaders do), and one per state
 * that requires all of its organizations to publish.
 */
@Component(service = {Publications.class, PublicationStore.class})
public class PublicationStore implements Publications {
    private final Database db;
    private final Sql sql;
    private final OrganizationService orgs;

    @Activate
    public PublicationStore(@Reference Database db, @Reference OrganizationService orgs) {
        this.db = db;
        this.sql = new Sql(db);
        this.orgs = orgs;
    }

    @Override
    public boolean published(String orgId) {
        return sql.first("SELECT org_id FROM braid_publication WHERE org_id = ?", rs -> 1, orgId).isPresent() || required(orgId);
    }

    /** @return whether the organization's state requires its progress page to be published */
    public boolean required(String orgId) {
        String sea = seaOf(orgs.get(orgId));
        return sql.first("SELECT sea_id FROM braid_publication_required WHERE sea_id = ?", rs -> 1, sea).isPresent();
    }

    @Override
    public void publish(String orgId, boolean published, String by) {
        orgs.get(orgId); // a NotFoundException for an organization that is not there
        if (!published && required(orgId)) throw new ConflictException("published", "the state requires every progress page to be published");
        db.transaction(c -> {
            sql.update("DELETE FROM braid_publication WHERE org_id = ?", orgId);
            if (published) sql.update("INSERT INTO braid_publication (org_id, published_at, published_by) VALUES (?, ?, ?)", orgId,
                    Timestamp.from(Instant.now()), by);
            return null;
        });
    }

    /** A state requires every organization under it to publish its progress page, or stops requiring it. */
    public void require(String seaId, boolean required, String by) {
        db.transaction(c -> {
            sql.update("DELETE FROM braid_publication_required WHERE sea_id = ?", seaId);
            if (required) sql.update("INSERT INTO braid_publication_required (sea_id, required_at, required_by) VALUES (?, ?, ?)", seaId,
                    Timestamp.from(Instant.now()), by);
            return null;
        });
    }

    private String seaOf(Organization o) {
        while (o.type() != OrgType.SEA && o.parentId() != null) o = orgs.get(o.parentId());
        return o.id();
    }
}
