package org.braid.platform.store;

import java.sql.Connection;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Braid's one database: embedded Derby by default, PostgreSQL by configuration (shared by every Braid node). Every REST request already runs in a
 * transaction; modules call {@link #connection()} from their stores and never commit themselves.
 */
@ProviderType
public interface Database {

    /**
     * Runs the work in a transaction: commits when it returns, rolls back when it throws. Joins the
     * transaction already open on this thread, so a request stays one transaction.
     *
     * @throws StoreException on a database failure; domain exceptions pass through unchanged
     */
    <T> T transaction(SqlWork<T> work);

    /**
     * @return the connection of the transaction open on this thread
     * @throws IllegalStateException outside {@link #transaction}
     */
    Connection connection();

    /**
     * Applies the module's migrations not applied yet, in version order, each in its own transaction
     * with its record in {@code braid_migration}. Scripts are the bundle entries
     * {@code db/<module>/V<n>__<description>.sql}; statements end with {@code ;} at the end of a line.
     *
     * @throws StoreException when a script fails or an applied script was changed afterwards
     */
    void migrate(String module, Bundle bundle);

    /**
     * Holds the named lock until the transaction open on this thread ends, so nodes sharing the database take turns at
     * one-time work (e.g. loading demo data: the second node waits, then finds it loaded). On PostgreSQL an advisory lock;
     * on the embedded Derby, which one process owns, it does nothing (nor does this default, for stand-ins in tests).
     *
     * @throws IllegalStateException outside {@link #transaction} (Braid's own store)
     * @since 1.2
     */
    default void lock(String name) {
    }
}
