package org.braid.platform.internal.store;

import java.util.List;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code POST /api/admin/backup}: an online backup of the embedded database under {@code $BRAID_DATA/backups} (409 on PostgreSQL). */
@Component(service = RestResource.class)
public class BackupResource implements RestResource {
    /** Where a backup went: its folder, absolute and within the data directory. */
    public record Backup(String directory, String relativeToData) {}

    private final JdbcDatabase db;

    @Activate
    public BackupResource(@Reference JdbcDatabase db) {
        this.db = db;
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.post("/admin/backup", "Back up the database now, while Braid serves", null, Access.admin(), req -> {
            var dir = db.backup();
            return ApiReply.created(new Backup(dir.toString(), db.dataDir().relativize(dir).toString()));
        }).returning(Backup.class));
    }
}
