package org.braid.core.model;

import java.util.List;

/** The input is malformed or fails a field rule (required, length, format). */
public class ValidationException extends BraidException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message, List<Violation> violations) {
        super(message, violations);
    }

    public ValidationException(String field, String message) {
        this(message, List.of(new Violation(field, message)));
    }
}
