/** The needs-assessment module's public API: the priority areas a needs assessment chose, for planning and vendors. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.braid.needsassessment.api;
