/** The planning module's public API: plans, for other modules and vendors. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.braid.planning.api;
