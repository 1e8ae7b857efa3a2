package org.braid.platform.internal.network;

import java.util.Optional;

import org.braid.core.spi.RecordLocator;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Where the network's records sit: an organization (its direction has no id of its own), a goal, a goal measure. */
@Component(service = RecordLocator.class)
public class NetworkRecords implements RecordLocator {
    private final Sql sql;

    @Activate
    public NetworkRecords(@Reference Database db) {
        this.sql = new Sql(db);
    }

    @Override
    public Optional<RecordPlace> locate(String id) {
        return sql.first("SELECT id FROM organization WHERE id = ?", rs -> new RecordPlace(rs.getString(1).strip(), "direction"), id)
                .or(() -> sql.first("SELECT org_id FROM goal WHERE id = ?", rs -> new RecordPlace(rs.getString(1).strip(), "goal"), id))
                .or(() -> sql.first("SELECT g.org_id FROM goal_measure m JOIN goal g ON g.id = m.goal_id WHERE m.id = ?",
                        rs -> new RecordPlace(rs.getString(1).strip(), "goal-measure"), id));
    }
}
