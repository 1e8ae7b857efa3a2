package org.braid.core.model;

import java.util.List;

/** The addressed record does not exist (or is not visible to the caller). */
public class NotFoundException extends BraidException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found", List.of());
    }
}
