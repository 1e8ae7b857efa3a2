package org.braid.planning.api.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How the "then" of a strategy is measured: indicator, data source, baseline and a target per school year
 * (e.g. 26% -> 50% -> 90%).
 *
 * @param targets an object from school year to a number or a short text
 */
public record StrategyMeasure(String id, String strategyId, String number, String indicator, String dataSource, String baseline,
        JsonNode targets, Long version) {}
