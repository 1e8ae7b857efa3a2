/**
 * Braid's one strict JSON configuration ({@link org.braid.platform.json.BraidJson}), shared by the REST layer, exports,
 * imports and stored documents, so that every module reads and writes JSON the same way.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.braid.platform.json;
