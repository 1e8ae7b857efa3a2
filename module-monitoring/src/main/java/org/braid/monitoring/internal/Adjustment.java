package org.braid.monitoring.internal;

import java.util.Map;

/**
 * An adjustment of course: the cause (what the data showed), the evidence, the change to one element, and the plan
 * version that holds the change.
 */
public record Adjustment(String id, String planId, String elementId, String orgId, String cause, String evidence, Map<String, Object> change,
        int version, String madeBy, String madeAt) {}
