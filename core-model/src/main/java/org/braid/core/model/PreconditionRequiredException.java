package org.braid.core.model;

import java.util.List;

/** An update came without the version it is based on, so a lost update could not be ruled out. */
public class PreconditionRequiredException extends BraidException {
    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException() {
        super("send the version you edited as an If-Match header (the ETag of your GET) or as \"version\" in the body",
                List.of(new Violation("If-Match", "required")));
    }
}
