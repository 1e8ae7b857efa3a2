/** The one REST entry point: routing, the gate of every request, errors and the OpenAPI document; not exported. */
package org.braid.platform.internal.web;
