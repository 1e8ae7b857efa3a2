package org.braid.selfassessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.braid.needsassessment.api.ConcernIntake;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sends a self-reflection's low elements (a consensus of level 1 or 2) to the district's needs assessment as concerns.
 * It exists only while the needs-assessment module is on; the rest of this module never touches that module's classes.
 */
@Component(service = Concerns.class)
public class Concerns {
    /** The highest consensus level that counts as a concern. */
    static final int LOW = 2;
    private final ConcernIntake intake;

    @Activate
    public Concerns(@Reference ConcernIntake intake) {
        this.intake = intake;
    }

    /** A concern as sent: the element, its consensus and the weakness it became in the needs assessment. */
    record Sent(String code, int level, String needsAssessmentItemId) {}

    List<Sent> send(ReflectionView v, Rubric rubric) {
        List<Sent> out = new ArrayList<>();
        for (ReflectionView.ElementResult e : v.elements()) {
            if (e.consensus() == null || e.consensus().level() > LOW) continue;
            Rubric.Element element = rubric.element(e.code());
            String evidence = "LEA self-reflection " + v.schoolYear() + ": the team's consensus on element " + e.code() + " is level " + e.consensus().level()
                    + " (" + rubric.levelName(e.consensus().level()) + ")" + (e.consensus().notes() == null || e.consensus().notes().isBlank() ? ""
                    : ". " + e.consensus().notes()) + (e.consensus().evidence() == null || e.consensus().evidence().isBlank() ? ""
                    : ". Evidence: " + e.consensus().evidence());
            String id = intake.addConcern(v.orgId(), v.schoolYear(), e.code() + ": " + element.text(), evidence.length() > 4000 ? evidence.substring(0, 4000) : evidence);
            out.add(new Sent(e.code(), e.consensus().level(), id));
        }
        return out;
    }
}
