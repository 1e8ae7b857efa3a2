package org.braid.core.spi;

import java.util.Optional;

/**
 * An organization's year told for the public: what its published progress page shows, already stripped of anything
 * internal and with small numbers suppressed. The module that keeps the year's figures registers one; the core
 * answers {@code GET /api/public/orgs/{id}/progress} with it for organizations that have published.
 *
 * @since 1.3.0
 */
public interface PublicProgress {

    /**
     * @param schoolYear e.g. {@code 2025-26}, or {@code null} for the latest year there is
     * @return the story, ready to be written as JSON, or empty when there is nothing to tell for that year
     */
    Optional<Object> progress(String orgId, String schoolYear);
}
