/** The embedded Derby database, its transactions and the per-module migrations; not exported. */
package org.braid.platform.internal.store;
