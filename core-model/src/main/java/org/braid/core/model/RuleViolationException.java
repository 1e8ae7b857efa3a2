package org.braid.core.model;

import java.util.List;

/** The input is well formed but breaks a domain rule, e.g. a school whose parent is not an LEA. */
public class RuleViolationException extends BraidException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(String message, List<Violation> violations) {
        super(message, violations);
    }

    public RuleViolationException(String field, String message) {
        this(message, List.of(new Violation(field, message)));
    }
}
