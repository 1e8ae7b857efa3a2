/** What the platform's parts share about the HTTP exchange: the one JSON mapping and problems with the exchange itself; not exported. */
package org.braid.platform.internal.http;
