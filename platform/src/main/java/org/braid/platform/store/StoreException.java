package org.braid.platform.store;

/** The store failed (not the caller's input); answered as a server error, never with SQL details. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
