package org.braid.monitoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.braid.core.model.NotFoundException;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanAdjustment;
import org.braid.planning.api.PlanElement;
import org.braid.planning.api.PlanEvent;
import org.braid.planning.api.PlanListener;
import org.braid.planning.api.PlanService;
import org.braid.planning.api.PlanStatus;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;

/**
 * Plans as planning publishes them, kept in memory and changed by the test, which tells the listener in the store's
 * transaction as planning does. Only what monitoring reads is served.
 */
final class TestPlans implements PlanService {
    /** A plan being edited: strategies > milestones > actions. */
    static final class P {
        final String id, orgId, schoolYear;
        long version = 1;
        final List<S> strategies = new ArrayList<>();

        P(String id, String orgId, String schoolYear) {
            this.id = id;
            this.orgId = orgId;
            this.schoolYear = schoolYear;
        }
    }

    static final class S {
        final String id;
        List<String> codes;
        final List<M> milestones = new ArrayList<>();

        S(String id, List<String> codes) {
            this.id = id;
            this.codes = codes;
        }
    }

    static final class M {
        final String id;
        List<String> codes;
        String due;
        final List<A> actions = new ArrayList<>();

        M(String id, List<String> codes, String due) {
            this.id = id;
            this.codes = codes;
            this.due = due;
        }
    }

    static final class A {
        final String id;
        List<String> codes;
        String start, due;

        A(String id, List<String> codes, String start, String due) {
            this.id = id;
            this.codes = codes;
            this.start = start;
            this.due = due;
        }
    }

    final Map<String, P> plans = new LinkedHashMap<>();
    private final TestNetwork db;
    PlanListener listener;

    TestPlans(TestNetwork db) {
        this.db = db;
    }

    /** Stores a change and tells the listener, in one transaction. */
    void changed(P p, PlanEvent.Type type) {
        db.transaction(c -> {
            if (type == PlanEvent.Type.DELETED) plans.remove(p.id);
            else plans.put(p.id, p);
            p.version++;
            listener.planChanged(new PlanEvent(type, p.id, p.orgId, p.schoolYear, null));
            return null;
        });
    }

    @Override
    public PlanTree tree(String planId) {
        P p = plans.get(planId);
        if (p == null) throw new NotFoundException("plan", planId);
        List<Strategy> strategies = new ArrayList<>();
        for (S s : p.strategies) {
            List<Milestone> ms = new ArrayList<>();
            for (M m : s.milestones) {
                List<Action> as = new ArrayList<>();
                for (A a : m.actions) {
                    as.add(new Action(a.id, m.id, null, "action " + a.id, "owner", List.of(), a.start, a.due, null, null, null, List.of("an output"),
                            a.codes, 1L));
                }
                ms.add(new Milestone(m.id, s.id, null, "milestone " + m.id, m.due, m.codes, 1L, as));
            }
            strategies.add(new Strategy(s.id, "area-" + p.id, null, "we act", "they change", "students grow", s.codes, p.schoolYear, p.schoolYear,
                    List.of(), 1L, List.of(), ms));
        }
        return new PlanTree(p.id, p.orgId, p.schoolYear, PlanStatus.DRAFT, p.version,
                List.of(new PriorityArea("area-" + p.id, p.id, "1", "Area", null, 1L, strategies)));
    }

    @Override
    public Plan get(String id) {
        P p = plans.get(id);
        if (p == null) throw new NotFoundException("plan", id);
        return new Plan(p.id, p.orgId, p.schoolYear, PlanStatus.DRAFT, p.version);
    }

    @Override
    public List<Plan> forOrganization(String orgId) {
        return plans.values().stream().filter(p -> p.orgId.equals(orgId)).map(p -> get(p.id)).toList();
    }

    @Override
    public Plan create(String orgId, String schoolYear) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PlanElement element(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<PlanElement> codedTo(String orgId, String practice, String schoolYear) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PlanAdjustment adjust(String elementId, Map<String, Object> change, String reason, String by) {
        throw new UnsupportedOperationException();
    }
}
