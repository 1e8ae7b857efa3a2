/** The Needs Assessment module's implementation; not exported. */
package org.braid.needsassessment.internal;
