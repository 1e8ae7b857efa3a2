package org.braid.core.model;

import java.util.List;

/** An update came without the version it is based on, so a lost update could not be ruled out. */
public class PreconditionRequiredException extends BraidException {
    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException() {
        this("send the version you edited as an If-Match header (the ETag of your GET) or as \"version\" in the body");
    }

    /**
     * @param message what to send, e.g. for a DELETE, which has no body
     * @since 1.1
     */
    public PreconditionRequiredException(String message) {
        super(message, List.of(new Violation("If-Match", "required")));
    }
}
