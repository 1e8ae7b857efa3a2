package org.braid.core.model;

/**
 * A filter over organizations; {@code null} fields do not filter.
 *
 * @param type     only this level
 * @param parentId only children of this organization
 * @param q        part of the name (any case) or the exact NCES id
 * @param limit    page size, 1..1000
 * @param offset   rows to skip
 * @param within   only these organizations and their subtrees (the caller's scope); {@code null} for all
 */
public record OrgQuery(OrgType type, String parentId, String q, int limit, int offset, java.util.List<String> within) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    /**
     * How far past the page a name search is counted: a search that matches thousands does not count them all for every
     * page of 50. Other lists are counted exactly (the store keeps their totals until an organization changes).
     *
     * @since 1.3
     */
    public static final int COUNT_AHEAD = 1000;

    public OrgQuery {
        Checks c = new Checks();
        if (limit < 1 || limit > MAX_LIMIT) c.add("limit", "must be between 1 and " + MAX_LIMIT);
        if (offset < 0) c.add("offset", "must not be negative");
        c.maxLength("q", q, 200).throwIfAny();
        within = within == null ? null : java.util.List.copyOf(within);
    }

    /**
     * @return the most a name search's {@code total} counts: the rows before and on the page, {@link #COUNT_AHEAD} after it,
     *         and one more, which says that more follow
     * @since 1.3
     */
    public long countLimit() {
        return (long) offset + limit + COUNT_AHEAD + 1;
    }

    /**
     * @param total a page's total
     * @return whether the count stopped at {@link #countLimit()}: a name search that at least that many match
     * @since 1.3
     */
    public boolean countStopped(long total) {
        return q != null && !q.isBlank() && total >= countLimit();
    }
}
