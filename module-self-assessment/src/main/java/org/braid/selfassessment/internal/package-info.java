/** The Self-Assessment module's implementation; not exported. */
package org.braid.selfassessment.internal;
