package org.braid.core.spi;

import java.util.Optional;

/**
 * Tells which organization a record belongs to, for operations that take any record by its id (a coach's comment
 * on a goal, a plan element, an assessment part or a status report). Each module that stores records registers one;
 * a caller asks them in turn.
 *
 * @since 1.2.0
 */
public interface RecordLocator {

    /** Where a record sits: its organization, and what kind of record it is (e.g. {@code goal}, {@code action}). */
    record RecordPlace(String orgId, String kind) {}

    /** @return where the record with this id sits, if this module holds it */
    Optional<RecordPlace> locate(String recordId);
}
