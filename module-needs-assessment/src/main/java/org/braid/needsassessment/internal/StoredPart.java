package org.braid.needsassessment.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A part as stored: its id, assessment, kind, place in its list, fields (JSON, without version) and version. */
public record StoredPart(String id, String assessmentId, Kind kind, int seq, ObjectNode fields, long version) {

    /** @return the part as the API shows it: id, assessment, its fields and (unless {@code null}) its version */
    ObjectNode view(boolean withVersion) {
        ObjectNode out = fields.objectNode();
        out.put("id", id);
        out.put("assessmentId", assessmentId);
        out.setAll(fields.deepCopy());
        if (withVersion) out.put("version", version);
        return out;
    }
}
