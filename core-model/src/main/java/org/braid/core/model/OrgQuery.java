package org.braid.core.model;

/**
 * A filter over organizations; {@code null} fields do not filter.
 *
 * @param type     only this level
 * @param parentId only children of this organization
 * @param q        part of the name (any case) or the exact NCES id
 * @param limit    page size, 1..1000
 * @param offset   rows to skip
 */
public record OrgQuery(OrgType type, String parentId, String q, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public OrgQuery {
        Checks c = new Checks();
        if (limit < 1 || limit > MAX_LIMIT) c.add("limit", "must be between 1 and " + MAX_LIMIT);
        if (offset < 0) c.add("offset", "must not be negative");
        c.maxLength("q", q, 200).throwIfAny();
    }
}
