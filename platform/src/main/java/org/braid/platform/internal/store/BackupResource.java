package org.braid.platform.internal.store;

import java.util.List;
import java.util.Map;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code POST /api/admin/backup}: an online backup of the database under {@code $BRAID_DATA/backups}. */
@Component(service = RestResource.class)
public class BackupResource implements RestResource {
    private final DerbyDatabase db;

    @Activate
    public BackupResource(@Reference DerbyDatabase db) {
        this.db = db;
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(new Operation("POST", "/admin/backup", "Back up the database now, while Braid serves", null, Operation.JSON, List.of(),
                Access.admin(), req -> {
                    var dir = db.backup();
                    return ApiReply.created(Map.of("directory", dir.toString(), "relativeToData", db.dataDir().relativize(dir).toString()));
                }));
    }
}
