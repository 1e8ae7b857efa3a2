package org.braid.core.model;

import java.util.List;

/**
 * A request that cannot be carried out as asked; the web layer answers it with a 4xx whose body
 * lists the {@link #violations()}. Subclasses say which kind of problem it is.
 */
public abstract class BraidException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    protected BraidException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** @return the fields at fault, possibly empty */
    public List<Violation> violations() {
        return violations;
    }
}
