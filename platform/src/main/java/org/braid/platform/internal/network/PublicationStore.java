package org.braid.platform.internal.network;

import java.sql.Timestamp;
import java.time.Instant;

import org.braid.core.model.OrganizationService;
import org.braid.core.model.Publications;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Published progress pages, one row per organization that published (none until its leaders do). */
@Component(service = Publications.class)
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
        return sql.first("SELECT org_id FROM braid_publication WHERE org_id = ?", rs -> 1, orgId).isPresent();
    }

    @Override
    public void publish(String orgId, boolean published, String by) {
        orgs.get(orgId); // a NotFoundException for an organization that is not there
        db.transaction(c -> {
            sql.update("DELETE FROM braid_publication WHERE org_id = ?", orgId);
            if (published) sql.update("INSERT INTO braid_publication (org_id, published_at, published_by) VALUES (?, ?, ?)", orgId,
                    Timestamp.from(Instant.now()), by);
            return null;
        });
    }
}
