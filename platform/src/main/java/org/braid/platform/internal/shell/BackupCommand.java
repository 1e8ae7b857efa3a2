package org.braid.platform.internal.shell;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.braid.platform.internal.store.BackupResource;
import org.braid.platform.internal.store.JdbcDatabase;

/** {@code braid:backup}: an online backup under the data directory, as {@code POST /api/admin/backup} makes. */
@Command(scope = "braid", name = "backup", description = "Back up Braid's database now, while it serves")
@Service
public class BackupCommand extends OperatorCommand {
    @Reference
    JdbcDatabase store;

    @Override
    void run() {
        Path dir = store.backup();
        var backup = new BackupResource.Backup(dir.toString(), store.dataDir().relativize(dir).toString());
        audited("braid:backup", "/api/admin/backup", null, null, backup);
        System.out.println("backup in " + dir);
    }
}
