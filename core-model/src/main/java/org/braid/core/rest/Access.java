package org.braid.core.rest;

/**
 * Who may call an operation, declared with the operation and enforced by the platform before the
 * handler runs: the permission needed, and how to find the organization it is needed on.
 * A target outside the caller's scope answers 404, as if it did not exist; a target in scope
 * without the permission answers 403.
 *
 * @param permission what the caller must be allowed
 * @param org        the organization the request touches; {@code null} result means the whole
 *                   platform, which only an admin may touch with READ, COMMENT or EDIT
 */
public record Access(Permission permission, OrgOf org) {

    /** What an operation needs. */
    public enum Permission {
        /** No sign-in: health, session. */
        PUBLIC,
        /** Any signed-in user: reference data; lists filter themselves to the caller's scope. */
        SIGNED_IN,
        /** See the organization (it is in the caller's scope). */
        READ,
        /** Comment on or monitor it: not a viewer. */
        COMMENT,
        /** Change it: its own leaders (and admins). */
        EDIT,
        /**
         * Change an organization's own record: its leaders (name, NCES id) or the state above it
         * (ESSA status, its place in the tree); the platform then checks each changed field.
         *
         * @since 1.1.0
         */
        GOVERN,
        /** Read the audit trail: admins, and SEA staff within their scope. */
        AUDIT,
        /** Platform administration. */
        ADMIN
    }

    /** Finds the organization a request is about, e.g. from a path parameter or the parent of a record. */
    @FunctionalInterface
    public interface OrgOf {
        String orgId(ApiRequest request) throws Exception;
    }

    public static Access open() {
        return new Access(Permission.PUBLIC, null);
    }

    public static Access signedIn() {
        return new Access(Permission.SIGNED_IN, null);
    }

    public static Access admin() {
        return new Access(Permission.ADMIN, null);
    }

    public static Access read(OrgOf org) {
        return new Access(Permission.READ, org);
    }

    public static Access comment(OrgOf org) {
        return new Access(Permission.COMMENT, org);
    }

    /** @param org the organization whose trail is read; {@code null} result means the caller's whole scope */
    public static Access audit(OrgOf org) {
        return new Access(Permission.AUDIT, org);
    }

    public static Access edit(OrgOf org) {
        return new Access(Permission.EDIT, org);
    }

    /** @since 1.1.0 */
    public static Access govern(OrgOf org) {
        return new Access(Permission.GOVERN, org);
    }

    /** @return the organization named by a path parameter, e.g. {@code pathOrg("id")} for {@code /orgs/{id}} */
    public static OrgOf pathOrg(String param) {
        return req -> req.path(param);
    }
}
