/** The SFSS state pack: its framework, crosswalk, element fields, Section 2 and action plan template; nothing exported. */
package org.braid.sfss.internal;
