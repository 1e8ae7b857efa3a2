package org.braid.planning.api;

import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Fields a module keeps on plan elements that Tool A lacks (a state's action plan's challenges, root causes, the Four
 * R's), stored in the module's own tables. Planning shows them with the element under {@code extensions.<id>}, keeps
 * them with the plan's versions, and lets a plan's team change them through
 * {@code PUT /api/planning/elements/{elementId}/extensions/{id}} under its own rules (access, drafts only, If-Match on
 * the plan); every call runs in the caller's transaction.
 *
 * @since 1.3
 */
@ConsumerType
public interface ElementExtension {
    /** @return the extension's id, the key its fields appear under; a module's own id (e.g. {@code sfss}) */
    String id();

    /** @return the kinds of element it extends */
    Set<ElementKind> kinds();

    /** @return its fields on the element, empty when it keeps none */
    Map<String, Object> fields(String elementId);

    /**
     * Replaces its fields on the element.
     *
     * @throws org.braid.core.model.ValidationException naming each field that is wrong
     */
    void store(String elementId, Map<String, Object> fields);

    /** Forgets its fields on an element that was deleted. */
    void remove(String elementId);
}
