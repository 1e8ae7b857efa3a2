package org.braid.core.model;

import java.util.List;

/**
 * The caller may see the record but may not make this change to it, e.g. a school leader setting
 * their school's ESSA status; the violations name the fields they may not change.
 *
 * @since 1.1.0
 */
public class ForbiddenException extends BraidException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message, List<Violation> violations) {
        super(message, violations);
    }

    public ForbiddenException(String field, String message) {
        this(message, List.of(new Violation(field, message)));
    }
}
