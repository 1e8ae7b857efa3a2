package org.braid.monitoring.internal;

import java.util.List;
import java.util.Optional;

import org.braid.core.spi.RecordLocator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Where monitoring's records sit: status reports, reviews, measure results, adjustments, walkthroughs, support assignments. */
@Component(service = RecordLocator.class)
public class MonitoringRecords implements RecordLocator {
    /** Each table holding records by id, with its organization column, and the kind a comment names. */
    private static final List<String[]> TABLES = List.of(new String[] {"monitoring_report", "status-report"}, new String[] {"monitoring_review", "review"},
            new String[] {"monitoring_measure_result", "measure-result"}, new String[] {"monitoring_adjustment", "adjustment"},
            new String[] {"monitoring_walkthrough", "walkthrough"}, new String[] {"monitoring_support_assignment", "support"});
    private final MonitoringStore store;

    @Activate
    public MonitoringRecords(@Reference MonitoringStore store) {
        this.store = store;
    }

    @Override
    public Optional<RecordPlace> locate(String id) {
        return store.tx(c -> {
            for (String[] t : TABLES) {
                List<RecordPlace> found = MonitoringStore.query(c, "SELECT org_id FROM " + t[0] + " WHERE id = ?", rs -> new RecordPlace(rs.getString(1).strip(), t[1]), id);
                if (!found.isEmpty()) return Optional.of(found.get(0));
            }
            return Optional.empty();
        });
    }
}
