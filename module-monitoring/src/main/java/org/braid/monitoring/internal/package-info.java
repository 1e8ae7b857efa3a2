/** The Monitoring module's implementation; not exported. */
package org.braid.monitoring.internal;
