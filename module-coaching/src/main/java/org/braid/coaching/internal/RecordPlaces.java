package org.braid.coaching.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.braid.core.model.ValidationException;
import org.braid.core.spi.RecordLocator;
import org.braid.core.spi.RecordLocator.RecordPlace;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Which organization a commented record belongs to, asked of every module that stores records (those turned on): a
 * comment names only its record, and its organization decides who may comment and who answers.
 */
@Component(service = RecordPlaces.class)
public class RecordPlaces {
    private final List<RecordLocator> locators = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addLocator(RecordLocator l) {
        locators.add(l);
    }

    void removeLocator(RecordLocator l) {
        locators.remove(l);
    }

    /** @return where the record sits, if a module that is on holds it */
    Optional<RecordPlace> locate(String recordId) {
        for (RecordLocator l : locators) {
            Optional<RecordPlace> p = l.locate(recordId);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    /**
     * @param orgId the organization the caller names, or {@code null}
     * @return where the commented record sits: the record's organization (which must be the one named when one is) and
     *         kind, or, for a record no module holds, the organization named and no kind
     * @throws ValidationException on {@code recordId} when no module knows the record and no organization is named, or
     *         on {@code orgId} when the record belongs to another
     */
    RecordPlace place(String recordId, String orgId) {
        boolean wellFormed = recordId != null && Comments.RECORD_ID.matcher(recordId).matches();
        Optional<RecordPlace> found = wellFormed ? locate(recordId) : Optional.empty();
        if (found.isEmpty()) {
            // a malformed id with an organization named is reported with the other fields by the comment's own checks
            if (orgId == null || orgId.isBlank()) {
                throw new ValidationException("recordId", wellFormed ? "is not a record Braid holds; name its organization in orgId"
                        : "must be a record's id: letters, digits, '.', '_', ':' or '-', at most 100 characters");
            }
            return new RecordPlace(orgId, null);
        }
        if (orgId != null && !orgId.isBlank() && !orgId.equals(found.get().orgId())) {
            throw new ValidationException("orgId", "is not the organization the record belongs to");
        }
        return found.get();
    }
}
