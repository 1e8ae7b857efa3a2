package org.braid.selfassessment.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.rest.Actor;
import org.braid.core.rest.UserDirectory;
import org.braid.core.spi.SeedData;
import org.braid.platform.json.BraidJson;
import org.braid.platform.store.DemoLoad;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads District A's demo self-reflection (its team {@code district-a}, the lead, {@code district-a-2} and
 * {@code district-a-3}, rating apart on a few elements, the round closed with a consensus on most) and its process
 * self-assessment, once: on the first start at which the demo users exist and no self-reflection does. It records that
 * it ran, so deleting the demo data does not bring it back. Off without the demo ({@code braid.demo=false}).
 */
@Component(immediate = true)
public class SelfAssessmentDemo {
    static final String DISTRICT_A = "a75946c3-cc25-569a-be0b-a882339e7354";
    static final List<String> TEAM = List.of("district-a", "district-a-2", "district-a-3");
    private static final Logger LOG = LoggerFactory.getLogger(SelfAssessmentDemo.class);
    private static final String MARK = "demo";

    private final Database db;
    private final ReflectionStore store;
    private final ProcessAssessments processes;
    private final UserDirectory users;
    private final DemoLoad load;

    @Activate
    public SelfAssessmentDemo(@Reference Database db, @Reference ReflectionStore store, @Reference ProcessAssessments processes, @Reference UserDirectory users) {
        this.db = db;
        this.store = store;
        this.processes = processes;
        this.users = users;
        // the platform makes the demo users on its own first start, possibly after this component starts: wait for them a while
        this.load = DemoLoad.start("self-assessment", Duration.ofMinutes(2), Duration.ofMillis(200), this::loadOnce);
    }

    @Deactivate
    void stop() {
        load.stop();
    }

    /** @return whether there is nothing more to wait for: loaded now, loaded before, or not wanted */
    boolean loadOnce() {
        return db.transaction(c -> {
            if (store.marked(MARK)) return true;
            List<Actor> team = new ArrayList<>();
            for (String name : TEAM) {
                Optional<Actor> u = users.usersOf(DISTRICT_A).stream().filter(a -> a.username().equals(name)).findFirst();
                if (u.isEmpty()) return false;
                team.add(u.get());
            }
            String outcome = "skipped";
            if (store.all(null).isEmpty()) {
                load(SeedData.read(SelfAssessmentDemo.class, "/demo/self-assessment-demo.json"), team);
                outcome = "loaded";
                LOG.info("Loaded District A's demo self-reflection and process self-assessment");
            }
            store.mark(MARK, outcome);
            return true;
        });
    }

    private void load(JsonNode demo, List<Actor> team) {
        String year = demo.path("schoolYear").asText();
        Reflection r = store.insert(new Reflection(UUID.randomUUID().toString(), DISTRICT_A, year, team.get(0).userId(),
                team.stream().map(Actor::userId).toList(), Reflection.OPEN, null));
        List<String> codes = Rubric.toolC().codes();
        for (Actor member : team) {
            String levels = demo.path("ratings").path(member.username()).asText();
            for (int i = 0; i < codes.size(); i++) {
                store.rate(r.id(), codes.get(i), member.userId(), new Inputs.RatingInput(levels.charAt(i) - '0', null, null, null), null);
            }
        }
        store.close(r.id());
        for (Iterator<Map.Entry<String, JsonNode>> it = demo.path("consensus").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            store.agree(r.id(), e.getKey(), new Consensus(e.getValue().path("level").asInt(), e.getValue().path("notes").textValue(),
                    e.getValue().path("evidence").textValue()), null);
        }
        ProcessAssessment p = processes.start(new Inputs.NewProcessAssessment(DISTRICT_A, year));
        processes.update(p.id(), BraidJson.readStored(demo.path("process").toString(), ProcessAssessment.Sections.class), p.version());
    }
}
