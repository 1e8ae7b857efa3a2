/**
 * The shared store: one transaction per request, versioned migrations each module owns, and plain JDBC helpers
 * ({@link org.braid.platform.store.Sql}, {@link org.braid.platform.store.Table}) that every store uses instead of
 * writing its own binding, row mapping and duplicate-key handling.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.braid.platform.store;
