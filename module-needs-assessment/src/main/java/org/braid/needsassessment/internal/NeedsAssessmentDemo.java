package org.braid.needsassessment.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrganizationService;
import org.braid.core.spi.SeedData;
import org.braid.platform.store.DemoLoad;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo needs assessments (District A's trends from seed 000, School A's 7th-grade
 * mathematics 5 Whys from seed 001 and its fishbone) once: on the first start at which the demo
 * organizations exist and no needs assessment does. It records that it ran, so deleting the demo data
 * does not bring it back. Off when Braid runs without the demo ({@code braid.demo=false}).
 */
@Component(immediate = true)
public class NeedsAssessmentDemo {
    static final String DISTRICT_A = "a75946c3-cc25-569a-be0b-a882339e7354";
    private static final Logger LOG = LoggerFactory.getLogger(NeedsAssessmentDemo.class);
    private static final String MARK = "demo";

    private final Database db;
    private final OrganizationService orgs;
    private final NeedsAssessmentSection section;
    private final DemoLoad load;

    @Activate
    public NeedsAssessmentDemo(@Reference Database db, @Reference OrganizationService orgs, @Reference NeedsAssessmentSection section) {
        this.db = db;
        this.orgs = orgs;
        this.section = section;
        // the platform loads the demo network on its own first start, possibly after this component starts: wait for it a while
        this.load = DemoLoad.start("needs-assessment", Duration.ofMinutes(2), Duration.ofMillis(200), this::loadOnce);
    }

    @Deactivate
    void stop() {
        load.stop();
    }

    /** @return whether there is nothing more to wait for: loaded now, loaded before, or not wanted */
    boolean loadOnce() {
        return db.transaction(c -> {
            db.lock("demo:needs-assessment"); // nodes starting at once on one PostgreSQL: the second waits, then finds it loaded
            Sql sql = new Sql(db);
            if (sql.first("SELECT setting_value FROM na_setting WHERE name = ?", rs -> rs.getString(1), MARK).isPresent()) return true;
            try {
                orgs.get(DISTRICT_A);
            } catch (NotFoundException notYet) {
                return false;
            }
            String outcome = "skipped";
            if (!sql.first("SELECT COUNT(*) FROM na_assessment", rs -> rs.getLong(1) > 0).orElse(false)) {
                section.load(withFreshIds(SeedData.read(NeedsAssessmentDemo.class, "/demo/needs-assessment-demo.json")));
                outcome = "loaded";
                LOG.info("Loaded the demo needs assessments of District A and School A");
            }
            sql.update("INSERT INTO na_setting (name, setting_value) VALUES (?, ?)", MARK, outcome);
            return true;
        });
    }


    /** The demo file names its records with short local ids ({@code rc-pd}); each load gets new UUIDs. */
    static JsonNode withFreshIds(JsonNode demo) {
        JsonNode copy = demo.deepCopy();
        Map<String, String> ids = new HashMap<>();
        collect(copy, ids);
        rename(copy, ids);
        return copy;
    }

    private static void collect(JsonNode node, Map<String, String> ids) {
        if (node.isObject()) {
            JsonNode id = node.get("id");
            if (id != null && id.isTextual()) ids.put(id.asText(), UUID.randomUUID().toString());
        }
        for (JsonNode child : node) collect(child, ids);
    }

    private static void rename(JsonNode node, Map<String, String> ids) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if ((e.getKey().equals("id") || e.getKey().equals("assessmentId")) && e.getValue().isTextual() && ids.containsKey(e.getValue().asText())) {
                    e.setValue(o.textNode(ids.get(e.getValue().asText())));
                } else if (e.getKey().endsWith("Ids") && e.getValue().isArray()) {
                    ArrayNode a = (ArrayNode) e.getValue();
                    for (int i = 0; i < a.size(); i++) a.set(i, o.textNode(ids.getOrDefault(a.get(i).asText(), a.get(i).asText())));
                } else {
                    rename(e.getValue(), ids);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) rename(child, ids);
        }
    }
}
