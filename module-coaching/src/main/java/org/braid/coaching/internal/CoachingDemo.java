package org.braid.coaching.internal;

import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.model.Direction;
import org.braid.core.model.DirectionService;
import org.braid.core.model.Goal;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrganizationService;
import org.braid.core.rest.Actor;
import org.braid.core.rest.UserDirectory;
import org.braid.core.spi.SeedData;
import org.braid.platform.store.DemoLoad;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo coach's comments on School B's direction, goal and goal measure (one answered by School B's team),
 * once: on the first start at which School B has its direction and the coach exists. It records that it ran, so
 * deleting the demo comments does not bring them back. Off without the demo ({@code braid.demo=false}).
 */
@Component(immediate = true)
public class CoachingDemo {
    static final String STATE = "fe64c802-ac4c-52eb-899e-6e4fe7664fc1";
    static final String SCHOOL_B = "7e04dad6-0b11-5766-8482-2a383a1e51c3";
    static final String COACH = "coach";
    /** The demo has no School B user: the answer carries the team's name. */
    static final String TEAM = "School B leadership team";
    private static final Logger LOG = LoggerFactory.getLogger(CoachingDemo.class);
    private static final String MARK = "demo";

    private final CommentStore store;
    private final Comments comments;
    private final OrganizationService orgs;
    private final DirectionService directions;
    private final UserDirectory users;
    private final DemoLoad load;

    @Activate
    public CoachingDemo(@Reference CommentStore store, @Reference Comments comments, @Reference OrganizationService orgs,
            @Reference DirectionService directions, @Reference UserDirectory users) {
        this.store = store;
        this.comments = comments;
        this.orgs = orgs;
        this.directions = directions;
        this.users = users;
        // the platform loads the demo state and users on its own first start, possibly after this component starts: wait a while
        this.load = DemoLoad.start("coaching", Duration.ofMinutes(2), Duration.ofMillis(200), this::loadOnce);
    }

    @Deactivate
    void stop() {
        load.stop();
    }

    /** @return whether there is nothing more to wait for: loaded now, loaded before, or not wanted */
    boolean loadOnce() {
        return store.db.transaction(c -> {
            store.db.lock("demo:coaching"); // nodes starting at once on one PostgreSQL: the second waits, then finds it loaded
            if (store.marked(MARK)) return true;
            Direction d;
            try {
                orgs.get(SCHOOL_B);
                d = directions.get(SCHOOL_B);
            } catch (NotFoundException e) {
                return false;
            }
            Optional<Actor> coach = users.usersOf(STATE).stream().filter(a -> a.username().equals(COACH)).findFirst();
            if (coach.isEmpty() || d.goals().isEmpty()) return false;
            String outcome = "skipped";
            if (store.ofOrganizations(java.util.List.of(SCHOOL_B)).isEmpty()) {
                load(SeedData.read(CoachingDemo.class, "/demo/coaching-demo.json"), d, coach.get());
                outcome = "loaded";
                LOG.info("Loaded the demo coach's comments on School B");
            }
            store.mark(MARK, outcome);
            return true;
        });
    }

    private void load(JsonNode demo, Direction d, Actor coach) {
        Goal goal = d.goals().get(0);
        for (JsonNode x : demo.path("comments")) {
            String kind = x.path("record").asText();
            String recordId = switch (kind) {
                case "direction" -> SCHOOL_B; // a direction is its organization's: it has no id of its own
                case "goal" -> goal.id();
                default -> goal.measures().isEmpty() ? goal.id() : goal.measures().get(0).id();
            };
            Comment made = comments.create(new Inputs.NewComment(recordId, SCHOOL_B, kind, x.path("text").asText()), coach.username());
            if (x.hasNonNull("answer")) comments.change(made.id(), new Inputs.CommentChange(x.path("answer").asText(), null, null), made.version(), TEAM);
        }
    }
}
