package org.braid.platform.internal.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.ShellUtil;
import org.braid.core.model.BraidException;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;
import org.braid.platform.internal.security.AuditLog;
import org.braid.platform.store.Database;

/**
 * A {@code braid:*} command: runs in one transaction with its audit entry, as a REST request does, and turns
 * Braid's own errors (bad input, not found, conflict) into a one-line message instead of a stack trace.
 */
abstract class OperatorCommand implements Action {
    @Reference
    Database db;

    @Reference
    AuditLog audit;

    /** The shell session the command runs in; none in unit tests. */
    @Reference(optional = true)
    Session session;

    @Override
    public final Object execute() throws Exception {
        try {
            db.transaction(c -> {
                try {
                    run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
            return null;
        } catch (BraidException e) {
            throw new IllegalArgumentException(message(e), null);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("file: " + e.getCause(), null);
        }
    }

    /** The command's work, inside the transaction. */
    abstract void run() throws IOException;

    /** Records a change made from the shell, with the operator as actor ({@code karaf:<user>}). */
    void audited(String command, String path, String recordId, Object before, Object after) {
        audit.record(operator(), "karaf " + command, path, null, recordId, before, after);
    }

    Actor operator() {
        String user = ShellUtil.getCurrentUserName();
        if (user == null && session != null && session.get("USER") != null) user = session.get("USER").toString();
        return new Actor(null, "karaf:" + (user == null ? "console" : user), null, Set.of(Role.ADMIN), List.of());
    }

    static String message(BraidException e) {
        if (e.violations().isEmpty()) return e.getMessage();
        return e.getMessage() + ": " + e.violations().stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
    }
}
