/** The network of SEA, LEAs and schools: organizations, their direction, who may change which of their fields; not exported. */
package org.braid.platform.internal.network;
