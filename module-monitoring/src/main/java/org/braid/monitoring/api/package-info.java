/** The monitoring module's public API: what other tools offer to the supports catalog (a district's inventory of the supports it gives its schools). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.braid.monitoring.api;
