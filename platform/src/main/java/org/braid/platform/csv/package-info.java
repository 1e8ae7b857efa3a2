/**
 * CSV tables for spreadsheets, with the one rule against formula injection that every module's
 * export follows.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.braid.platform.csv;
