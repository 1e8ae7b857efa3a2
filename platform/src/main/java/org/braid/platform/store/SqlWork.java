package org.braid.platform.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the connection of the current transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
