/** The planning module's public API: plans and their elements, the events of their changes, and the extension points for required-plan templates and element fields, for other modules and vendors. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.braid.planning.api;
