package org.braid.monitoring.internal;

import java.math.BigDecimal;
import java.util.List;

/** The body of a status report (alone, or one of a whole plan's reports); elementId and period fixed once filed. */
public record ReportInput(String elementId, String period, Status status, String note, String evidence, List<String> outputsCompleted,
        BigDecimal spent, Long version) {}
