/** The planning module's public API: plans and their elements, and the events of their changes, for other modules and vendors. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.braid.planning.api;
