/**
 * How a module contributes REST operations: each {@link org.braid.core.rest.RestResource} service
 * declares its operations once, and the platform routes, documents (OpenAPI) and guards them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.braid.core.rest;
