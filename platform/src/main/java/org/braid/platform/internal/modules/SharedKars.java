package org.braid.platform.internal.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.braid.core.model.NotFoundException;
import org.braid.platform.store.Database;

/**
 * The KARs of modules installed over HTTP, kept in Braid's store for every node ({@code braid_module_kar}). An
 * uninstalled module keeps its row without its file, so a node that was down meanwhile uninstalls it too.
 */
final class SharedKars {
    private final Database db;

    SharedKars(Database db) {
        this.db = db;
    }

    /** @return each module kept, by id: its KAR's SHA-256, or {@code null} once uninstalled */
    Map<String, String> stored() {
        return db.transaction(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, sha256 FROM braid_module_kar"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1).strip(), rs.getString(2) == null ? null : rs.getString(2).strip());
            }
            return out;
        });
    }

    /** @throws NotFoundException when the module's KAR is not kept */
    byte[] kar(String id) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kar FROM braid_module_kar WHERE id = ? AND kar IS NOT NULL")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NotFoundException("module", id);
                    return rs.getBytes(1);
                }
            }
        });
    }

    /** Keeps a module's KAR (again, if it was uninstalled before). */
    void keep(String id, byte[] kar) {
        db.transaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM braid_module_kar WHERE id = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO braid_module_kar (id, kar, sha256, changed_at) VALUES (?, ?, ?, ?)")) {
                del.setString(1, id);
                del.executeUpdate();
                ins.setString(1, id);
                ins.setBytes(2, kar);
                ins.setString(3, sha256(kar));
                ins.setTimestamp(4, Timestamp.from(Instant.now()));
                ins.executeUpdate();
            }
            return null;
        });
    }

    /** Marks a module uninstalled, for every node. */
    void forget(String id) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE braid_module_kar SET kar = NULL, sha256 = NULL, changed_at = ? WHERE id = ?")) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.setString(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
