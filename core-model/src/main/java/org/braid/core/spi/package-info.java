/**
 * What a module implements to plug into Braid: its descriptor, coding frameworks and the crosswalks between them, its
 * section of an organization's export, where its records sit, the facts it tells required plans; and the coding
 * framework in force, which it reads.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.5.0")
package org.braid.core.spi;
