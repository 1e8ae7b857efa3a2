/** The Coaching module's implementation; not exported. */
package org.braid.coaching.internal;
