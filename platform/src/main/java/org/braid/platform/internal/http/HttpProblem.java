package org.braid.platform.internal.http;

import java.util.List;

import org.braid.core.model.BraidException;
import org.braid.core.model.Violation;

/** A problem with the HTTP exchange itself: size, media type, method. */
public final class HttpProblem extends BraidException {
    private static final long serialVersionUID = 1L;
    private final int status;
    /** Seconds to wait before trying again (429), or 0. */
    private final long retryAfter;

    public HttpProblem(int status, String message, List<Violation> violations) {
        this(status, message, violations, 0);
    }

    public HttpProblem(int status, String message, List<Violation> violations, long retryAfter) {
        super(message, violations);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** @return the HTTP status to answer */
    public int status() {
        return status;
    }

    /** @return seconds to wait before trying again (429), or 0 */
    public long retryAfter() {
        return retryAfter;
    }
}
