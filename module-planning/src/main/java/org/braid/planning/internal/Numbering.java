package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;

/** Tool A numbering, derived from order: priority 1, strategy 1.1, milestone 1.1.1, action 1.1.1.1; measures 1.1 M1. */
final class Numbering {
    private Numbering() {
    }

    /** @return the same plan with every element numbered by its place */
    static PlanTree number(PlanTree plan) {
        List<PriorityArea> areas = new ArrayList<>();
        int a = 0;
        for (PriorityArea area : plan.priorityAreas()) {
            String an = String.valueOf(++a);
            List<Strategy> strategies = new ArrayList<>();
            int s = 0;
            for (Strategy st : area.strategies()) {
                String sn = an + "." + (++s);
                List<StrategyMeasure> measures = new ArrayList<>();
                int m = 0;
                for (StrategyMeasure me : st.measures()) {
                    measures.add(new StrategyMeasure(me.id(), me.strategyId(), sn + " M" + (++m), me.indicator(), me.dataSource(), me.baseline(),
                            me.targets(), me.version()));
                }
                List<Milestone> milestones = new ArrayList<>();
                int ms = 0;
                for (Milestone mi : st.milestones()) {
                    String mn = sn + "." + (++ms);
                    List<Action> actions = new ArrayList<>();
                    int ac = 0;
                    for (Action x : mi.actions()) {
                        actions.add(new Action(x.id(), x.milestoneId(), mn + "." + (++ac), x.description(), x.owner(), x.collaborators(),
                                x.startDate(), x.dueDate(), x.resources(), x.budget(), x.fundingSource(), x.outputs(), x.codes(), x.version()));
                    }
                    milestones.add(new Milestone(mi.id(), mi.strategyId(), mn, mi.description(), mi.dueDate(), mi.codes(), mi.version(), actions));
                }
                strategies.add(new Strategy(st.id(), st.priorityAreaId(), sn, st.ifPart(), st.then(), st.and(), st.codes(), st.startYear(),
                        st.endYear(), st.goalIds(), st.version(), measures, milestones));
            }
            areas.add(new PriorityArea(area.id(), area.planId(), an, area.title(), area.description(), area.version(), strategies));
        }
        return new PlanTree(plan.id(), plan.orgId(), plan.schoolYear(), plan.status(), plan.version(), areas);
    }

    /** @return the element with this id anywhere in the plan, or {@code null} */
    static Object find(PlanTree plan, String id) {
        for (PriorityArea a : plan.priorityAreas()) {
            if (a.id().equals(id)) return a;
            for (Strategy s : a.strategies()) {
                if (s.id().equals(id)) return s;
                for (StrategyMeasure m : s.measures()) if (m.id().equals(id)) return m;
                for (Milestone m : s.milestones()) {
                    if (m.id().equals(id)) return m;
                    for (Action x : m.actions()) if (x.id().equals(id)) return x;
                }
            }
        }
        return null;
    }
}
