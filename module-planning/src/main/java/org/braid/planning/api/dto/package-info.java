/** The plan as Tool A draws it, read-only: priority areas, strategies, measures, milestones and actions, each numbered. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.braid.planning.api.dto;
