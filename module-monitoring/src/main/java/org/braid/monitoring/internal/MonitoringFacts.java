package org.braid.monitoring.internal;

import java.util.ArrayList;
import java.util.List;

import org.braid.core.spi.PlanFact;
import org.braid.core.spi.PlanFacts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells the required plans drawn from a plan whether its implementation is monitored: the status reports filed on the
 * organization's plan of the school year and the reviews held (ESEA §1114(b)(3): regularly monitored and revised).
 */
@Component(service = PlanFacts.class)
public class MonitoringFacts implements PlanFacts {
    private final MonitoringStore store;

    @Activate
    public MonitoringFacts(@Reference MonitoringStore store) {
        this.store = store;
    }

    @Override
    public List<PlanFact> facts(String orgId, String schoolYear) {
        return store.tx(c -> {
            List<PlanFact> out = new ArrayList<>();
            for (String[] q : List.of(new String[] {"monitoring_report", PlanFact.STATUS_REPORTS, "Status reports", "status report", "filed"},
                    new String[] {"monitoring_review", PlanFact.REVIEWS, "Reviews", "review", "held"})) {
                List<Object[]> row = MonitoringStore.query(c, "SELECT COUNT(*), MIN(r.period), MAX(r.period) FROM " + q[0] + " r JOIN monitoring_plan p "
                        + "ON p.plan_id = r.plan_id WHERE p.org_id = ? AND p.school_year = ?",
                        rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3)}, orgId, schoolYear);
                int n = (Integer) row.get(0)[0];
                if (n == 0) continue;
                String span = row.get(0)[1].equals(row.get(0)[2]) ? (String) row.get(0)[1] : row.get(0)[1] + " to " + row.get(0)[2];
                out.add(new PlanFact(MonitoringModule.ID, q[1], q[2], n + " " + q[3] + (n == 1 ? "" : "s") + " " + q[4] + " (" + span + ")"));
            }
            return out;
        });
    }
}
