package org.braid.platform.store;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns the current row of a result into a value; called once per row.
 *
 * @param <T> what a row becomes
 * @since 1.1
 */
@ConsumerType
@FunctionalInterface
public interface RowMapper<T> {

    /** @return the value of the row the result is on; never moves the result */
    T map(ResultSet row) throws SQLException;
}
