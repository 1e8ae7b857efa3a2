package org.braid.needsassessment.internal;

import java.util.Locale;
import java.util.Optional;

import org.braid.core.spi.RecordLocator;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Where the needs assessment's records sit: an assessment, or one of its parts (data review, trend, root cause...). */
@Component(service = RecordLocator.class)
public class AssessmentRecords implements RecordLocator {
    private final Sql sql;

    @Activate
    public AssessmentRecords(@Reference Database db) {
        this.sql = new Sql(db);
    }

    @Override
    public Optional<RecordPlace> locate(String id) {
        return sql.first("SELECT org_id FROM na_assessment WHERE id = ?", rs -> new RecordPlace(rs.getString(1), "needs-assessment"), id)
                .or(() -> sql.first("SELECT a.org_id, e.kind FROM na_element e JOIN na_assessment a ON a.id = e.assessment_id WHERE e.id = ?",
                        rs -> new RecordPlace(rs.getString(1), kind(rs.getString(2))), id));
    }

    /** Root causes and priority areas are named as such; the other parts are parts of the assessment. */
    private static String kind(String stored) {
        String k = stored.toLowerCase(Locale.ROOT).replace('_', '-');
        return k.equals("root-cause") || k.equals("priority-area") ? k : "assessment-part";
    }
}
