package org.braid.platform.internal.store;

import org.braid.core.model.ConflictException;

/**
 * The transaction lost to another one over the same rows (a deadlock, a lock wait that timed out, a serialization
 * failure) and was rolled back whole: running the same work again is safe and usually succeeds.
 */
public class StoreContention extends ConflictException {
    private static final long serialVersionUID = 1L;

    public StoreContention() {
        super("request", "another change to the same records was under way; try again");
    }
}
