package org.braid.core.model;

import org.osgi.annotation.versioning.ProviderType;

/** The direction of each organization: vision, mission, purpose, glossary, goals and measures. */
@ProviderType
public interface DirectionService {

    /** @return the direction, empty with version 0 if none was saved yet */
    Direction get(String orgId);

    /**
     * Replaces the whole direction. Goals and measures keep the ids they are sent with; new ones get ids.
     *
     * @param expectedVersion the version the caller edited (0 when none was saved yet)
     * @throws StaleVersionException when someone changed it in between
     * @throws RuleViolationException when a goal or measure id belongs to another organization
     */
    Direction put(String orgId, Direction direction, long expectedVersion);
}
