package org.braid.core.model;

import java.util.List;

/** Someone else changed the record since the caller read it; nothing was written. */
public class StaleVersionException extends BraidException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String what, String id, long expected, long current) {
        super(what + " " + id + " was changed by someone else (you sent version " + expected
                + ", it is now " + current + "); reload it and apply your change again", List.of());
    }
}
