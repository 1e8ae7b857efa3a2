package org.braid.needsassessment.internal;

/** The kinds of parts a needs assessment holds, with their REST segment and their name in the assessment's JSON. */
public enum Kind {
    DATA_REVIEW("data-reviews", "dataReviews", "data review", DataReview.class),
    TREND("trends", "trends", "trend", Trend.class),
    SWOT("swot", "swot", "SWOT item", SwotItem.class),
    WHY_CHAIN("why-chains", "whyChains", "why-chain", WhyChain.class),
    FISHBONE("fishbones", "fishbones", "fishbone", Fishbone.class),
    ROOT_CAUSE("root-causes", "rootCauses", "root cause", RootCause.class),
    PRIORITY_AREA("priority-areas", "priorityAreas", "priority area", PriorityArea.class);

    /** The path segment, e.g. {@code /needs-assessment/why-chains/{id}}. */
    public final String segment;
    /** The list's name in an assessment and in the export, e.g. {@code whyChains}. */
    public final String field;
    /** What staff call one, for messages. */
    public final String noun;
    /** The JSON body type. */
    public final Class<? extends Part> type;

    Kind(String segment, String field, String noun, Class<? extends Part> type) {
        this.segment = segment;
        this.field = field;
        this.noun = noun;
        this.type = type;
    }
}
