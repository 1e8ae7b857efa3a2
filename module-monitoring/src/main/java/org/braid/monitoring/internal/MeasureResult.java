package org.braid.monitoring.internal;

import java.math.BigDecimal;

/**
 * An annual result of a strategy measure or goal measure against its target for the year.
 *
 * @param measureKind  {@code STRATEGY} or {@code GOAL}
 * @param target       the year's target as a number, when the measure gives one
 * @param onTarget     whether the value reaches the target; {@code null} without a numeric target
 * @param studentCount how many students the result is about
 */
public record MeasureResult(String id, String measureId, String measureKind, String orgId, String planId, String schoolYear, BigDecimal value,
        BigDecimal target, Boolean onTarget, Integer studentCount, String note, Long version) {}
