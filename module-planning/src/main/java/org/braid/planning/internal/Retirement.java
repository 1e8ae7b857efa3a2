package org.braid.planning.internal;

import java.math.BigDecimal;

/** An existing initiative marked to retire (low return on investment), with the funds it frees for the plan. */
public record Retirement(String id, String planId, String initiative, BigDecimal freedAmount, String fundingSource, String reason, Long version) {}
