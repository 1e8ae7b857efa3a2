/** The Planning module's implementation; not exported. */
package org.braid.planning.internal;
