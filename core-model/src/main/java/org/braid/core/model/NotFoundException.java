package org.braid.core.model;

import java.util.List;

/** The addressed record does not exist (or is not visible to the caller). The message names the kind, never the id sent. */
public class NotFoundException extends BraidException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String id) {
        super("no such " + what, List.of());
    }
}
