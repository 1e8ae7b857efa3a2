package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.braid.core.model.DirectionService;
import org.braid.core.model.Goal;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.Violation;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanStatus;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;
import org.braid.planning.internal.Inputs.ActionInput;
import org.braid.planning.internal.Inputs.AreaInput;
import org.braid.planning.internal.Inputs.MeasureInput;
import org.braid.planning.internal.Inputs.MilestoneInput;
import org.braid.planning.internal.Inputs.StrategyInput;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The elements of plans (priority areas, strategies, measures, milestones, actions) and the rules for changing them:
 * only a draft changes, codes come from the coding framework of the plan's organization (and keep the framework they
 * were given in), a strategy serves goals of its organization or of one above it, an element moves only within its
 * plan. Each change is one transaction that also moves the plan's version on and tells the plan listeners. The SQL is in
 * one store per table.
 */
@Component(service = PlanElements.class)
public class PlanElements {
    private final Database db;
    private final PlanStore plans;
    private final Codes codes;
    private final OrganizationService orgs;
    private final DirectionService directions;
    private final AreaStore areas;
    private final StrategyStore strategies;
    private final MeasureStore measures;
    private final MilestoneStore milestones;
    private final ActionStore actions;
    private final Map<ElementKind, ElementStore<?>> stores = new EnumMap<>(ElementKind.class);
    /** Told of deleted elements; absent in unit tests. */
    @Reference
    ElementExtensions extensions;

    @Activate
    public PlanElements(@Reference Database db, @Reference PlanStore plans, @Reference Codes codes, @Reference OrganizationService orgs,
            @Reference DirectionService directions) {
        this.db = db;
        this.plans = plans;
        this.codes = codes;
        this.orgs = orgs;
        this.directions = directions;
        Sql sql = new Sql(db);
        this.areas = add(new AreaStore(sql));
        this.strategies = add(new StrategyStore(sql));
        this.measures = add(new MeasureStore(sql));
        this.milestones = add(new MilestoneStore(sql));
        this.actions = add(new ActionStore(sql));
    }

    private <S extends ElementStore<?>> S add(S store) {
        stores.put(store.kind, store);
        return store;
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** @return the whole plan, numbered as Tool A numbers it (six queries by plan id) */
    public PlanTree tree(String planId) {
        Plan p = plans.get(planId);
        return db.transaction(c -> {
            Map<String, List<Action>> byMilestone = actions.forPlan(planId);
            Map<String, List<Milestone>> byStrategy = milestones.forPlan(planId);
            Map<String, List<StrategyMeasure>> measuresByStrategy = measures.forPlan(planId);
            Map<String, List<Strategy>> byArea = strategies.forPlan(planId);
            List<PriorityArea> out = new ArrayList<>();
            for (PriorityArea a : areas.forPlan(planId).getOrDefault(planId, List.of())) {
                List<Strategy> ss = new ArrayList<>();
                for (Strategy s : byArea.getOrDefault(a.id(), List.of())) {
                    List<Milestone> ms = new ArrayList<>();
                    for (Milestone m : byStrategy.getOrDefault(s.id(), List.of())) {
                        ms.add(new Milestone(m.id(), m.strategyId(), null, m.description(), m.dueDate(), m.codes(), m.version(), byMilestone.get(m.id())));
                    }
                    ss.add(new Strategy(s.id(), s.priorityAreaId(), null, s.ifPart(), s.then(), s.and(), s.codes(), s.startYear(), s.endYear(),
                            s.goalIds(), s.version(), measuresByStrategy.get(s.id()), ms));
                }
                out.add(new PriorityArea(a.id(), a.planId(), null, a.title(), a.description(), a.version(), ss));
            }
            return Numbering.number(new PlanTree(p.id(), p.orgId(), p.schoolYear(), p.status(), p.version(), out));
        });
    }

    /**
     * @return the element with where it sits and its plan; an action comes with itself as a GET shows it
     * @throws NotFoundException when there is no such element
     */
    public Located locate(ElementKind kind, String id) {
        return stores.get(kind).locate(id);
    }

    /** @return the element of this kind with its number; an action is read alone, others from their plan */
    public Object find(ElementKind kind, String id) {
        return find(locate(kind, id));
    }

    /** @return the element as a GET shows it, read only when the located element does not carry it */
    public Object find(Located at) {
        if (at.element() != null) return at.element();
        Object found = Numbering.find(tree(at.plan().id()), at.id());
        if (found == null) throw new NotFoundException(label(at.kind()), at.id());
        return found;
    }

    /** @return one action with its number, read without the rest of its plan */
    public Action action(String id) {
        return (Action) actions.locate(id).element();
    }

    /** @return the organization whose plan holds the element; for access checks */
    public String orgOf(ElementKind kind, String id) {
        return locate(kind, id).plan().orgId();
    }

    /** @return the codes stored on the plan's strategies, milestones and actions with the framework of each, by element id */
    public Map<String, Codes.Coded> storedCodes(String planId) {
        Map<String, Codes.Coded> out = new java.util.HashMap<>();
        for (ElementStore<?> store : List.of(strategies, milestones, actions)) out.putAll(store.codesForPlan(planId));
        return out;
    }

    // ---- adding ----------------------------------------------------------------------------------

    /** @param id the id to keep (import), or {@code null} for a new one */
    public PriorityArea addArea(String planId, String id, AreaInput in) {
        return (PriorityArea) find(ElementKind.PRIORITY_AREA, insertArea(planId, id, in));
    }

    /** Stores it without reading the plan back (import, demo); @return its id */
    String insertArea(String planId, String id, AreaInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Plan p = draft(plans.get(planId));
            String newId = newId(id);
            areas.insert(newId, planId, in);
            placed(areas, p, planId, newId, in.position());
            return newId;
        });
    }

    public Strategy addStrategy(String areaId, String id, StrategyInput in) {
        return (Strategy) find(ElementKind.STRATEGY, insertStrategy(areaId, id, in));
    }

    /** Stores it without reading the plan back (import, demo); @return its id */
    String insertStrategy(String areaId, String id, StrategyInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Plan p = draft(areas.locate(areaId).plan());
            Codes.Coded coded = codes.validate(p.orgId(), null, "codes", in.codes());
            List<String> goals = goals(p.orgId(), in.goalIds());
            String newId = newId(id);
            strategies.insert(newId, p.id(), areaId, in, coded, goals);
            placed(strategies, p, areaId, newId, in.position());
            return newId;
        });
    }

    public StrategyMeasure addMeasure(String strategyId, String id, MeasureInput in) {
        return (StrategyMeasure) find(ElementKind.MEASURE, insertMeasure(strategyId, id, in));
    }

    /** Stores it without reading the plan back (import, demo); @return its id */
    String insertMeasure(String strategyId, String id, MeasureInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Plan p = draft(strategies.locate(strategyId).plan());
            String newId = newId(id);
            measures.insert(newId, p.id(), strategyId, in);
            placed(measures, p, strategyId, newId, in.position());
            return newId;
        });
    }

    public Milestone addMilestone(String strategyId, String id, MilestoneInput in) {
        return (Milestone) find(ElementKind.MILESTONE, insertMilestone(strategyId, id, in));
    }

    /** Stores it without reading the plan back (import, demo); @return its id */
    String insertMilestone(String strategyId, String id, MilestoneInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Plan p = draft(strategies.locate(strategyId).plan());
            Codes.Coded coded = codes.validate(p.orgId(), null, "codes", in.codes());
            String newId = newId(id);
            milestones.insert(newId, p.id(), strategyId, in, coded);
            placed(milestones, p, strategyId, newId, in.position());
            return newId;
        });
    }

    public Action addAction(String milestoneId, String id, ActionInput in) {
        return addAction(milestones.locate(milestoneId), id, in);
    }

    /** @param milestone the milestone as the access check found it */
    public Action addAction(Located milestone, String id, ActionInput in) {
        return db.transaction(c -> action(insertAction(milestone, id, in)));
    }

    /** Stores it without reading the plan back (import, demo); @return its id */
    String insertAction(String milestoneId, String id, ActionInput in) {
        return insertAction(milestones.locate(milestoneId), id, in);
    }

    private String insertAction(Located milestone, String id, ActionInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Plan p = draft(milestone.plan());
            Codes.Coded coded = codes.validate(p.orgId(), null, "codes", in.codes());
            String newId = newId(id);
            actions.insert(newId, p.id(), milestone.id(), in, coded);
            placed(actions, p, milestone.id(), newId, in.position());
            return newId;
        });
    }

    // ---- changing --------------------------------------------------------------------------------

    public PriorityArea updateArea(String id, AreaInput in, long expected) {
        return updateArea(locate(ElementKind.PRIORITY_AREA, id), in, expected);
    }

    /** @param area the priority area as the request's access check located it */
    public PriorityArea updateArea(Located area, AreaInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Located at = editable(area, expected);
            String id = at.id();
            if (!areas.update(id, expected, in)) throw stale(at, expected);
            if (in.position() != null) areas.place(at.parentId(), id, in.position());
            changed(at);
            return (PriorityArea) find(ElementKind.PRIORITY_AREA, id);
        });
    }

    public Strategy updateStrategy(String id, StrategyInput in, long expected) {
        return updateStrategy(locate(ElementKind.STRATEGY, id), in, expected);
    }

    /** @param strategy the strategy as the request's access check located it */
    public Strategy updateStrategy(Located strategy, StrategyInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Located at = editable(strategy, expected);
            String id = at.id();
            String parent = parentAfterMove(at, ElementKind.PRIORITY_AREA, in.priorityAreaId(), "priorityAreaId");
            Codes.Coded coded = codes.validate(at.plan().orgId(), () -> stores.get(at.kind()).frameworkOf(at.id()), "codes", in.codes());
            List<String> goals = goals(at.plan().orgId(), in.goalIds());
            if (!strategies.update(id, expected, parent, in, coded, goals)) throw stale(at, expected);
            reposition(strategies, at, parent, in.position());
            changed(at);
            return (Strategy) find(ElementKind.STRATEGY, id);
        });
    }

    public StrategyMeasure updateMeasure(String id, MeasureInput in, long expected) {
        return updateMeasure(locate(ElementKind.MEASURE, id), in, expected);
    }

    /** @param measure the strategy measure as the request's access check located it */
    public StrategyMeasure updateMeasure(Located measure, MeasureInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Located at = editable(measure, expected);
            String id = at.id();
            if (!measures.update(id, expected, in)) throw stale(at, expected);
            if (in.position() != null) measures.place(at.parentId(), id, in.position());
            changed(at);
            return (StrategyMeasure) find(ElementKind.MEASURE, id);
        });
    }

    public Milestone updateMilestone(String id, MilestoneInput in, long expected) {
        return updateMilestone(locate(ElementKind.MILESTONE, id), in, expected);
    }

    /** @param milestone the milestone as the request's access check located it */
    public Milestone updateMilestone(Located milestone, MilestoneInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Located at = editable(milestone, expected);
            String id = at.id();
            String parent = parentAfterMove(at, ElementKind.STRATEGY, in.strategyId(), "strategyId");
            Codes.Coded coded = codes.validate(at.plan().orgId(), () -> stores.get(at.kind()).frameworkOf(at.id()), "codes", in.codes());
            if (!milestones.update(id, expected, parent, in, coded)) throw stale(at, expected);
            reposition(milestones, at, parent, in.position());
            changed(at);
            return (Milestone) find(ElementKind.MILESTONE, id);
        });
    }

    public Action updateAction(String id, ActionInput in, long expected) {
        return updateAction(locate(ElementKind.ACTION, id), in, expected);
    }

    /**
     * Changes an action found by the request's access check: nothing is read again unless it moves.
     *
     * @return the action as a GET shows it now
     */
    public Action updateAction(Located action, ActionInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Located at = editable(action, expected);
            String parent = parentAfterMove(at, ElementKind.MILESTONE, in.milestoneId(), "milestoneId");
            Codes.Coded coded = codes.validate(at.plan().orgId(), () -> stores.get(at.kind()).frameworkOf(at.id()), "codes", in.codes());
            if (!actions.update(at.id(), expected, parent, in, coded)) throw stale(at, expected);
            boolean moved = !parent.equals(at.parentId()) || in.position() != null;
            reposition(actions, at, parent, in.position());
            changed(at);
            return moved ? action(at.id()) : ActionStore.written(at.id(), parent, ((Action) at.element()).number(), in, coded.codes(), expected + 1);
        });
    }

    /**
     * Deletes an element and everything under it; the siblings after it are renumbered.
     *
     * @param expected the version the caller saw, or {@code null} when not sent
     */
    public void delete(ElementKind kind, String id, Long expected) {
        delete(locate(kind, id), expected);
    }

    /** @param element the element as the request's access check located it */
    public void delete(Located element, Long expected) {
        db.transaction(c -> {
            Located at = editable(element, expected == null ? -1 : expected);
            // the element and everything under it: each extension forgets its fields on them
            List<String> gone = extensions == null || !extensions.any() ? List.of()
                    : List.copyOf(ElementExtensions.under(find(at)).keySet());
            ElementStore<?> store = stores.get(at.kind());
            store.delete(at.id());
            store.place(at.parentId(), null, null);
            if (!gone.isEmpty()) extensions.removed(gone);
            changed(at);
            return null;
        });
    }

    /**
     * @return the element with this id, whatever its kind
     * @throws NotFoundException when no plan has it
     */
    public Located locateAny(String id) {
        for (ElementStore<?> store : stores.values()) {
            try {
                return store.locate(id);
            } catch (NotFoundException e) {
                // another kind, perhaps
            }
        }
        throw new NotFoundException("plan element", id);
    }

    /**
     * Replaces an extension's fields on an element of a draft plan and moves the plan's version on.
     *
     * @param expected the plan's version the caller saw (If-Match)
     * @return the plan's new version
     */
    public long storeExtension(Located at, org.braid.planning.api.ElementExtension extension, Map<String, Object> fields, long expected) {
        return db.transaction(c -> {
            Plan p = draft(plans.get(at.plan().id()));
            if (p.version() != expected) throw new StaleVersionException("plan", p.id(), expected, p.version());
            extension.store(at.id(), fields);
            plans.touch(p, at.id());
            return p.version() + 1;
        });
    }

    // ---- rules -----------------------------------------------------------------------------------

    /** @throws RuleViolationException when the plan is not a draft (submitted and approved plans are kept as they are) */
    Plan draft(String planId) {
        return draft(plans.get(planId));
    }

    private static Plan draft(Plan p) {
        if (p.status() != PlanStatus.DRAFT) {
            throw new RuleViolationException("status", "the plan is " + p.status().name().toLowerCase() + "; reopen it to change it");
        }
        return p;
    }

    /** @param expected the version the caller saw; negative when not sent */
    private Located editable(Located at, long expected) {
        draft(at.plan());
        if (expected >= 0 && at.version() != expected) throw new StaleVersionException(label(at.kind()), at.id(), expected, at.version());
        return at;
    }

    private StaleVersionException stale(Located at, long expected) {
        return new StaleVersionException(label(at.kind()), at.id(), expected, stores.get(at.kind()).version(at.id()));
    }

    private String label(ElementKind kind) {
        return stores.get(kind).label;
    }

    /** @return the goal ids as sent, each one a goal of the organization or of one above it (loose-tight) */
    private List<String> goals(String orgId, List<String> goalIds) {
        if (goalIds == null || goalIds.isEmpty()) return List.of();
        Set<String> known = new HashSet<>();
        for (String o = orgId; o != null; o = orgs.get(o).parentId()) {
            for (Goal g : directions.get(o).goals()) known.add(g.id());
        }
        List<Violation> bad = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < goalIds.size(); i++) {
            String g = goalIds.get(i).strip();
            if (!known.contains(g)) bad.add(new Violation("goalIds[" + i + "]", "is not a goal of this organization or of one above it"));
            else if (!out.contains(g)) out.add(g);
        }
        if (!bad.isEmpty()) throw new RuleViolationException("unknown goals", bad);
        return out;
    }

    /** @return the parent after the move; a new parent must be in the same plan */
    private String parentAfterMove(Located at, ElementKind parentKind, String newParent, String field) {
        if (newParent == null || newParent.isBlank() || newParent.equals(at.parentId())) return at.parentId();
        Located target;
        try {
            target = locate(parentKind, newParent);
        } catch (NotFoundException e) {
            throw new RuleViolationException(field, "no such " + label(parentKind));
        }
        if (!target.plan().id().equals(at.plan().id())) throw new RuleViolationException(field, "is in another plan");
        return newParent;
    }

    private static void reposition(ElementStore<?> store, Located before, String parent, Integer position) {
        if (!parent.equals(before.parentId())) {
            store.place(before.parentId(), null, null);
            store.place(parent, before.id(), position);
        } else if (position != null) {
            store.place(parent, before.id(), position);
        }
    }

    private void placed(ElementStore<?> store, Plan p, String parentId, String newId, Integer position) {
        store.place(parentId, newId, position);
        plans.touch(p, newId);
    }

    /** The plan's version moves on with every change of an element, and its listeners hear of it. */
    private void changed(Located at) {
        plans.touch(at.plan(), at.id());
    }

    private static String newId(String id) {
        return id == null ? UUID.randomUUID().toString() : id;
    }
}
