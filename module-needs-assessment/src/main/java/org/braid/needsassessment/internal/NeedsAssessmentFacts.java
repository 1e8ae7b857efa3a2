package org.braid.needsassessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.braid.core.spi.PlanFact;
import org.braid.core.spi.PlanFacts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells the required plans drawn from a plan what the organization's needs assessments of its school year found: that a
 * comprehensive needs assessment was completed (it chose its priority needs, which is what ESEA §1114(b)(6) and
 * §1111(d)(1)(B)(iii) ask the plan to be based on), and the priority needs with their root causes.
 */
@Component(service = PlanFacts.class)
public class NeedsAssessmentFacts implements PlanFacts {
    private final AssessmentStore store;

    @Activate
    public NeedsAssessmentFacts(@Reference AssessmentStore store) {
        this.store = store;
    }

    @Override
    public List<PlanFact> facts(String orgId, String schoolYear) {
        List<PlanFact> needs = new ArrayList<>();
        List<String> completed = new ArrayList<>();
        for (Assessment a : store.forOrganization(orgId)) {
            if (!a.schoolYear().equals(schoolYear)) continue;
            List<StoredPart> parts = store.parts(a.id());
            int chosen = 0;
            for (StoredPart p : parts) {
                if (p.kind() != Kind.PRIORITY_AREA) continue;
                PriorityArea area = (PriorityArea) AssessmentStore.typed(p);
                chosen++;
                needs.add(fact(PlanFact.PRIORITY_NEED, "Priority need", area.title()));
                for (String cause : Part.orEmpty(area.rootCauseIds())) {
                    parts.stream().filter(x -> x.id().equals(cause)).findFirst()
                            .ifPresent(x -> needs.add(fact(PlanFact.ROOT_CAUSE, "Root cause", ((RootCause) AssessmentStore.typed(x)).text())));
                }
            }
            if (a.scope() == Scope.COMPREHENSIVE && chosen > 0) {
                completed.add("Completed for " + schoolYear + ": " + chosen + " priority need" + (chosen == 1 ? "" : "s") + " chosen");
            }
        }
        List<PlanFact> out = new ArrayList<>();
        for (String c : completed) out.add(fact(PlanFact.COMPREHENSIVE_NEEDS_ASSESSMENT, "Comprehensive needs assessment", c));
        out.addAll(needs);
        return out;
    }

    private static PlanFact fact(String name, String label, String text) {
        return new PlanFact(NeedsAssessmentModule.ID, name, label, text);
    }
}
