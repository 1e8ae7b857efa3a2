package org.braid.core.model;

/**
 * Which organizations have published their progress page, which anyone may read without signing in. An
 * organization's leaders publish it and can take it down; nothing is public until they do.
 *
 * @since 1.2.0
 */
public interface Publications {

    /** @return whether the organization's progress page is published */
    boolean published(String orgId);

    /**
     * Publishes the organization's progress page, or takes it down.
     *
     * @param by who did it, for the record
     * @throws NotFoundException when there is no such organization
     */
    void publish(String orgId, boolean published, String by);
}
