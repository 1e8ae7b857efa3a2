package org.braid.selfassessment.internal;

import java.util.Optional;

import org.braid.core.spi.RecordLocator;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Where the self-assessments sit: a district's self-reflection, or its process self-assessment. */
@Component(service = RecordLocator.class)
public class SelfAssessmentRecords implements RecordLocator {
    private final Sql sql;

    @Activate
    public SelfAssessmentRecords(@Reference Database db) {
        this.sql = new Sql(db);
    }

    @Override
    public Optional<RecordPlace> locate(String id) {
        return sql.first("SELECT org_id FROM sa_reflection WHERE id = ?", rs -> new RecordPlace(rs.getString(1), "self-reflection"), id)
                .or(() -> sql.first("SELECT org_id FROM sa_process_assessment WHERE id = ?", rs -> new RecordPlace(rs.getString(1),
                        "process-self-assessment"), id));
    }
}
