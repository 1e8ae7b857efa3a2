/** The database (embedded Derby or PostgreSQL) as a pooled data source, its transactions and the per-module migrations; not exported. */
package org.braid.platform.internal.store;
