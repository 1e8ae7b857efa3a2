package org.braid.platform.internal.web;

import java.util.List;

import org.braid.core.model.BraidException;
import org.braid.core.model.Violation;

/** A problem with the HTTP exchange itself: size, media type, method. */
final class HttpProblem extends BraidException {
    private static final long serialVersionUID = 1L;
    final int status;

    HttpProblem(int status, String message, List<Violation> violations) {
        super(message, violations);
        this.status = status;
    }
}
