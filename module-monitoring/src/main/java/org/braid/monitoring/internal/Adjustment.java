package org.braid.monitoring.internal;

import java.util.Map;

/**
 * An adjustment of course: the cause (what the data showed), the evidence, the change to one element, and the plan
 * version that holds the change.
 *
 * @param internal kept off the public progress page ({@code null}, as in an export made before it existed: not internal)
 */
public record Adjustment(String id, String planId, String elementId, String orgId, String cause, String evidence, Map<String, Object> change,
        int version, String madeBy, String madeAt, Boolean internal) {

    boolean isInternal() {
        return Boolean.TRUE.equals(internal);
    }
}
