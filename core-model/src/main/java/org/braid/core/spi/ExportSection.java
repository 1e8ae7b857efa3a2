package org.braid.core.spi;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's part of an organization export. Both calls run inside the export's or import's one
 * transaction; an import that throws leaves nothing behind.
 */
@ConsumerType
public interface ExportSection {

    /** @return the key of this section in the export document, normally the module id */
    String id();

    /** @return sections are imported in ascending order; the core section is 0 */
    default int order() {
        return 100;
    }

    /**
     * @param orgIds the organizations exported, parents before children
     * @return this section's data for them, stable in order and free of versions and timestamps
     *         so that export, import, export gives the same document
     */
    JsonNode export(List<String> orgIds);

    /**
     * Stores a section produced by {@link #export}; the organizations already exist.
     *
     * @throws org.braid.core.model.ConflictException   when a record id already exists
     * @throws org.braid.core.model.ValidationException when the data is malformed
     */
    void load(JsonNode data);
}
