package org.braid.planning.internal;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrganizationService;
import org.braid.core.spi.SeedData;
import org.braid.planning.api.PlanService;
import org.braid.platform.store.Database;
import org.braid.platform.store.DemoLoad;
import org.braid.platform.store.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo plans (District A and its schools, from seed 001's examples) once per store: when the demo
 * organizations exist and none of them has a plan yet. That it ran is recorded, so deleted plans stay deleted.
 */
@Component(immediate = true)
public class DemoPlans {
    static final String NAME = "demo-plans";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPlans.class);
    private final Database db;
    private final PlanStore plans;
    private final PlanElements tree;
    private final OrganizationService orgs;
    private final DemoLoad load;

    /**
     * @param service not used here: it is referenced so that the demo is written only once planning's service is
     *        registered, since listeners (monitoring) read each plan through it in the demo's transaction
     */
    @Activate
    public DemoPlans(@Reference Database db, @Reference PlanStore plans, @Reference PlanElements tree, @Reference OrganizationService orgs,
            @Reference PlanService service) {
        this.db = db;
        this.plans = plans;
        this.tree = tree;
        this.orgs = orgs;
        // the demo network may be loaded by the platform a moment after this bundle starts: wait for it, briefly;
        // without the demo (BRAID_DEMO=false) an organization imported later with the demo's ids gets no demo plans
        JsonNode doc = SeedData.read(DemoPlans.class, "/demo/demo-plans.json");
        String lea = doc.path("plans").path(0).path("orgId").asText();
        this.load = DemoLoad.start("planning", Duration.ofMinutes(2), Duration.ofSeconds(1), () -> loadIfDue(doc, lea));
    }

    @Deactivate
    void stop() {
        load.stop();
    }

    /** @return whether it is decided (loaded, or recorded as not needed) */
    boolean loadIfDue(JsonNode doc, String lea) {
        return db.transaction(c -> {
            db.lock("demo:planning"); // nodes starting at once on one PostgreSQL: the second waits, then finds it loaded
            Sql sql = new Sql(db);
            if (sql.first("SELECT name FROM planning_demo WHERE name = ?", rs -> rs.getString(1), NAME).isPresent()) return true;
            try {
                orgs.get(lea);
            } catch (NotFoundException e) {
                return false;
            }
            boolean any = false;
            for (JsonNode p : doc.path("plans")) any |= !plans.forOrganization(p.path("orgId").asText()).isEmpty();
            if (!any) {
                for (int i = 0; i < doc.path("plans").size(); i++) {
                    PlanDocument.load(plans, tree, doc.path("plans").get(i), "demo-plans.json plans[" + i + "]", null);
                }
                LOG.info("Loaded the demo plans of District A and its schools");
            }
            sql.update("INSERT INTO planning_demo (name, loaded) VALUES (?, ?)", NAME, Instant.now());
            return true;
        });
    }
}
