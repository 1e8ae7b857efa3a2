package org.braid.platform.internal.transfer;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An organization's subtree with every module's data: what {@code GET /api/orgs/{id}/export} gives
 * and {@code POST /api/import} takes.
 *
 * @param format        always {@value #FORMAT}
 * @param formatVersion the document layout version, {@value #VERSION}
 * @param exportedAt    when it was made (the only part that differs between two exports of the same data)
 * @param rootOrgId     the organization at the top of the subtree
 * @param sections      the data by section: {@code core}, then one per module
 */
public record ExportDocument(String format, Integer formatVersion, String exportedAt, String rootOrgId, Map<String, JsonNode> sections) {
    public static final String FORMAT = "braid-export";
    public static final int VERSION = 1;
}
