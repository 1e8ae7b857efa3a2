package org.braid.monitoring.internal;

/**
 * What a state has set for its network, or the configured defaults until it does.
 *
 * @param lagThresholdPercent a practice lags (and is matched with supports) when this share of its actions is off track,
 *                            not reported or overdue
 * @param publicMinimumCount  a result about fewer students is not shown on a public progress page
 * @param source              {@code state} when the state set them, {@code default} for the configured defaults
 * @param version             0 until the state sets them
 */
public record StateSetting(String seaId, int lagThresholdPercent, int publicMinimumCount, String source, long version, String changedBy,
        String changedAt) {

    /** The body of a change: both values, and the version it is based on (or If-Match). */
    public record Input(Integer lagThresholdPercent, Integer publicMinimumCount, Long version) {}

    /** @return the lag threshold as a share, 0..1 */
    double lagThreshold() {
        return lagThresholdPercent / 100.0;
    }
}
