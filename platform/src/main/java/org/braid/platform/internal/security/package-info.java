/** Accounts, sign-in, sessions, throttling, the access rules by the organization tree, and the audit trail; not exported. */
package org.braid.platform.internal.security;
