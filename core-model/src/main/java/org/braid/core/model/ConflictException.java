package org.braid.core.model;

import java.util.List;

/** The input clashes with what is stored, e.g. a duplicate NCES id or an id that already exists. */
public class ConflictException extends BraidException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message, List<Violation> violations) {
        super(message, violations);
    }

    public ConflictException(String field, String message) {
        this(message, List.of(new Violation(field, message)));
    }
}
