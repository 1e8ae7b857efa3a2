/**
 * What a module implements to plug into Braid: its descriptor, coding frameworks and its
 * section of an organization's export.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.braid.core.spi;
