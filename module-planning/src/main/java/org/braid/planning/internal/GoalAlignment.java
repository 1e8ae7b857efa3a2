package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.braid.core.model.DirectionService;
import org.braid.core.model.Goal;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.planning.api.dto.Strategy;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Loose-tight (seed 004): per goal of an organization, the strategies in its own and its schools' plans that serve it. */
@Component(service = GoalAlignment.class)
public class GoalAlignment {
    /** One goal and the strategies linked to it. */
    public record GoalStrategies(String goalId, String statement, List<ServingStrategy> strategies) {}

    /** A strategy serving a goal, where it is and what it says. */
    public record ServingStrategy(String orgId, String orgName, String planId, String schoolYear, String number, String strategyId,
            String statement, List<String> codes) {}

    private final Database db;
    private final OrganizationService orgs;
    private final DirectionService directions;

    @Activate
    public GoalAlignment(@Reference Database db, @Reference OrganizationService orgs, @Reference DirectionService directions) {
        this.db = db;
        this.orgs = orgs;
        this.directions = directions;
    }

    /** A strategy linked to a goal, before its organization is known to be in the subtree. */
    private record Link(String orgId, String planId, String schoolYear, String number, String strategyId, String statement, List<String> codes) {}

    /**
     * @return each goal of the organization with the strategies of plans in its subtree that link to it; the subtree is
     *         asked only about the organizations whose plans link to a goal (at an SEA, its 10,000 organizations are not read)
     */
    public List<GoalStrategies> of(String orgId) {
        Map<Goal, List<Link>> byGoal = new java.util.LinkedHashMap<>();
        java.util.Set<String> linking = new java.util.HashSet<>();
        for (Goal g : directions.get(orgId).goals()) {
            List<Link> links = new Sql(db).list("SELECT p.org_id, p.id, p.school_year, a.position, s.position, s.id, s.if_part, s.then_part, s.and_part, s.codes "
                        + "FROM planning_strategy_goal g JOIN planning_strategy s ON s.id = g.strategy_id "
                        + "JOIN planning_priority_area a ON a.id = s.area_id JOIN planning_plan p ON p.id = s.plan_id "
                        + "WHERE g.goal_id = ? ORDER BY p.org_id, p.school_year, a.position, s.position", rs -> {
                    Strategy s = new Strategy(rs.getString(6), null, null, rs.getString(7), rs.getString(8), rs.getString(9), null, null, null,
                            null, null, null, null);
                    return new Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) + "." + rs.getInt(5), s.id(), s.statement(),
                            ElementStore.strings(rs.getString(10)));
                }, g.id());
            links.forEach(l -> linking.add(l.orgId()));
            byGoal.put(g, links);
        }
        Map<String, Organization> under = orgs.within(orgId, linking);
        List<GoalStrategies> out = new ArrayList<>();
        byGoal.forEach((g, links) -> out.add(new GoalStrategies(g.id(), g.statement(), links.stream().filter(l -> under.containsKey(l.orgId()))
                .map(l -> new ServingStrategy(l.orgId(), under.get(l.orgId()).name(), l.planId(), l.schoolYear(), l.number(), l.strategyId(),
                        l.statement(), l.codes())).toList())));
        return out;
    }
}
