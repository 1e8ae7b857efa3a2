/**
 * The shared store: one transaction per request, and versioned migrations each module owns.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.braid.platform.store;
