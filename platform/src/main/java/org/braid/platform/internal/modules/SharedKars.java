package org.braid.platform.internal.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.braid.core.model.NotFoundException;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;

/**
 * The KARs of modules installed over HTTP, kept in Braid's store for every node ({@code braid_module_kar}). An
 * uninstalled module keeps its row without its file, so a node that was down meanwhile uninstalls it too.
 */
final class SharedKars {
    private final Database db;
    private final Sql sql;

    SharedKars(Database db) {
        this.db = db;
        this.sql = new Sql(db);
    }

    /** @return each module kept, by id: its KAR's SHA-256, or {@code null} once uninstalled */
    Map<String, String> stored() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : sql.list("SELECT id, sha256 FROM braid_module_kar", rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            out.put(row[0].strip(), row[1] == null ? null : row[1].strip());
        }
        return out;
    }

    /** @throws NotFoundException when the module's KAR is not kept */
    byte[] kar(String id) {
        return sql.first("SELECT kar FROM braid_module_kar WHERE id = ? AND kar IS NOT NULL", rs -> rs.getBytes(1), id)
                .orElseThrow(() -> new NotFoundException("module", id));
    }

    /** Keeps a module's KAR (again, if it was uninstalled before). */
    void keep(String id, byte[] kar) {
        db.transaction(c -> {
            sql.update("DELETE FROM braid_module_kar WHERE id = ?", id);
            sql.update("INSERT INTO braid_module_kar (id, kar, sha256, changed_at) VALUES (?, ?, ?, ?)", id, kar, sha256(kar), Instant.now());
            return null;
        });
    }

    /** Marks a module uninstalled, for every node. */
    void forget(String id) {
        sql.update("UPDATE braid_module_kar SET kar = NULL, sha256 = NULL, changed_at = ? WHERE id = ?", Instant.now(), id);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
