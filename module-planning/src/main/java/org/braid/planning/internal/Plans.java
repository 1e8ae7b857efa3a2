package org.braid.planning.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanAdjustment;
import org.braid.planning.api.PlanElement;
import org.braid.planning.api.PlanService;
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
import org.braid.planning.api.ElementKind;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.braid.platform.json.BraidJson;

/** The published plan service: plans, their elements as other modules see them, and adjustments of course. */
@Component(service = PlanService.class)
public class Plans implements PlanService {
    private final Database db;
    private final PlanStore plans;
    private final PlanElements tree;
    private final PlanVersions versions;
    private final OrganizationService orgs;

    @Activate
    public Plans(@Reference Database db, @Reference PlanStore plans, @Reference PlanElements tree, @Reference PlanVersions versions,
            @Reference OrganizationService orgs) {
        this.db = db;
        this.plans = plans;
        this.tree = tree;
        this.versions = versions;
        this.orgs = orgs;
    }

    @Override
    public Plan create(String orgId, String schoolYear) {
        return plans.create(orgId, schoolYear);
    }

    @Override
    public Plan get(String id) {
        return plans.get(id);
    }

    @Override
    public List<Plan> forOrganization(String orgId) {
        return plans.forOrganization(orgId);
    }

    @Override
    public PlanElement addPriorityArea(String planId, String title, String description) {
        return db.transaction(c -> element(tree.insertArea(planId, null, new Inputs.AreaInput(title, description, null, null))));
    }

    @Override
    public PlanElement addAction(String milestoneId, String description, String owner) {
        return db.transaction(c -> element(tree.insertAction(milestoneId, null,
                new ActionInput(description, owner, null, null, null, null, null, null, null, null, null, null, null))));
    }

    @Override
    public PlanTree tree(String planId) {
        return tree.tree(planId);
    }

    @Override
    public PlanElement element(String id) {
        String planId = db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT plan_id FROM planning_action WHERE id = ? UNION ALL "
                    + "SELECT plan_id FROM planning_milestone WHERE id = ? UNION ALL SELECT plan_id FROM planning_strategy WHERE id = ? "
                    + "UNION ALL SELECT plan_id FROM planning_strategy_measure WHERE id = ? UNION ALL "
                    + "SELECT plan_id FROM planning_priority_area WHERE id = ?")) {
                for (int i = 1; i <= 5; i++) ps.setString(i, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NotFoundException("plan element", id);
                    return rs.getString(1);
                }
            }
        });
        return elements(tree.tree(planId)).stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("plan element", id));
    }

    @Override
    public List<PlanElement> codedTo(String orgId, String practice, String schoolYear) {
        Set<String> scope = new HashSet<>();
        for (Organization o : orgs.subtree(orgId)) scope.add(o.id());
        // A code is stored as a JSON string in a list, so "2B" with its quotes matches it and nothing longer.
        String like = "%\"" + practice.replace("%", "").replace("_", "") + "\"%";
        Set<String> planIds = db.transaction(c -> {
            Set<String> ids = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT p.id, p.org_id, p.school_year FROM planning_plan p WHERE p.id IN ("
                    + "SELECT plan_id FROM planning_strategy WHERE codes LIKE ? UNION SELECT plan_id FROM planning_milestone WHERE codes LIKE ? "
                    + "UNION SELECT plan_id FROM planning_action WHERE codes LIKE ?) ORDER BY p.org_id, p.school_year")) {
                for (int i = 1; i <= 3; i++) ps.setString(i, like);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (scope.contains(rs.getString(2)) && (schoolYear == null || schoolYear.equals(rs.getString(3)))) ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
        List<PlanElement> out = new ArrayList<>();
        for (String planId : planIds) {
            for (PlanElement e : elements(tree.tree(planId))) {
                if (e.kind() != ElementKind.MEASURE && e.kind() != ElementKind.PRIORITY_AREA && e.codes().contains(practice)) out.add(e);
            }
        }
        return out;
    }

    @Override
    public PlanAdjustment adjust(String elementId, Map<String, Object> change, String reason, String by) {
        return db.transaction(c -> {
            PlanElement e = element(elementId);
            Plan before = plans.get(e.planId());
            boolean kept = before.status() != PlanStatus.DRAFT;
            if (kept) versions.reopen(before.id(), null);
            ElementKind kind = e.kind();
            ObjectNode body = BraidJson.mapper().valueToTree(tree.find(kind, elementId));
            body.setAll(BraidJson.mapper().<ObjectNode>valueToTree(change));
            long version = body.path("version").asLong();
            switch (kind) {
                case PRIORITY_AREA -> tree.updateArea(elementId, PlanDocument.read(body, AreaInput.class, "change"), version);
                case STRATEGY -> tree.updateStrategy(elementId, PlanDocument.read(body, StrategyInput.class, "change"), version);
                case MEASURE -> tree.updateMeasure(elementId, PlanDocument.read(body, MeasureInput.class, "change"), version);
                case MILESTONE -> tree.updateMilestone(elementId, PlanDocument.read(body, MilestoneInput.class, "change"), version);
                case ACTION -> tree.updateAction(elementId, PlanDocument.read(body, ActionInput.class, "change"), version);
            }
            int number = kept ? versions.submit(before.id(), by, reason, null).number() : versions.latestNumber(before.id()) + 1;
            return new PlanAdjustment(before.id(), elementId, number);
        });
    }

    /** @return every element of the plan in Tool A order, codes inherited downwards */
    static List<PlanElement> elements(PlanTree t) {
        List<PlanElement> out = new ArrayList<>();
        for (PriorityArea a : t.priorityAreas()) {
            out.add(element(t, a.id(), ElementKind.PRIORITY_AREA, a.number(), t.id(), a.title(), List.of(), null, null, List.of()));
            for (Strategy s : a.strategies()) {
                out.add(element(t, s.id(), ElementKind.STRATEGY, s.number(), a.id(), s.statement(), s.codes(), null, null, List.of()));
                for (StrategyMeasure m : s.measures()) {
                    out.add(element(t, m.id(), ElementKind.MEASURE, m.number(), s.id(), m.indicator(), List.of(), null, null, List.of()));
                }
                for (Milestone m : s.milestones()) {
                    List<String> mc = m.codes().isEmpty() ? s.codes() : m.codes();
                    out.add(element(t, m.id(), ElementKind.MILESTONE, m.number(), s.id(), m.description(), mc, null, m.dueDate(), List.of()));
                    for (Action x : m.actions()) {
                        out.add(element(t, x.id(), ElementKind.ACTION, x.number(), m.id(), x.description(), x.codes().isEmpty() ? mc : x.codes(),
                                x.startDate(), x.dueDate(), x.outputs()));
                    }
                }
            }
        }
        return out;
    }

    private static PlanElement element(PlanTree t, String id, ElementKind kind, String number, String parentId, String title,
            List<String> codes, String start, String due, List<String> outputs) {
        return new PlanElement(id, kind, number, t.id(), t.orgId(), t.schoolYear(), parentId, title, codes, start, due, outputs);
    }
}
