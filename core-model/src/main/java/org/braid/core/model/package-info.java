/**
 * The Strategic Performance Network: organizations, their direction, goals and goal measures,
 * the rules that keep them valid, and the services that store them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.5.0")
package org.braid.core.model;
