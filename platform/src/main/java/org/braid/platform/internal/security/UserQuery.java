package org.braid.platform.internal.security;

import org.braid.core.model.Checks;

/**
 * A filter over accounts, a page at a time; {@code null} fields do not filter.
 *
 * @param q      part of the username or the name, any case
 * @param orgId  only users held at this organization
 * @param limit  page size, 1..{@value #MAX_LIMIT}
 * @param offset rows to skip
 */
public record UserQuery(String q, String orgId, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** @throws org.braid.core.model.ValidationException naming each bad field, without repeating its value */
    public UserQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        orgId = orgId == null || orgId.isBlank() ? null : orgId.strip();
        Checks c = new Checks().maxLength("q", q, 200).maxLength("orgId", orgId, 64);
        if (limit < 1 || limit > MAX_LIMIT) c.add("limit", "must be between 1 and " + MAX_LIMIT);
        if (offset < 0) c.add("offset", "must not be negative");
        c.throwIfAny();
    }
}
