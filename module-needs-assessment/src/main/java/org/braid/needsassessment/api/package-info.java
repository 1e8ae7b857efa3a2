/** The needs-assessment module's public API: the priority areas a needs assessment chose, for planning and vendors; concerns other tools send in. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.braid.needsassessment.api;
