package org.braid.coaching.internal;

/** The JSON bodies of the coaching operations. */
public final class Inputs {
    private Inputs() {
    }

    /** A new comment: the record, the organization it belongs to, and the text. */
    public record NewComment(String recordId, String orgId, String recordKind, String text) {}

    /** The team's answer, or resolving (or reopening) a comment; {@code version} when no If-Match is sent. */
    public record CommentChange(String answer, Boolean resolved, Long version) {}

    /** Resolving or reopening a comment, by whoever may comment there (the coach who asked, say). */
    public record Resolution(Boolean resolved, Long version) {}
}
