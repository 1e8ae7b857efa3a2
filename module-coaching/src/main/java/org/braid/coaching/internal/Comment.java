package org.braid.coaching.internal;

/**
 * A coach's comment on a record of an organization, the team's answer, and whether it is resolved.
 *
 * @param id         assigned by Braid
 * @param orgId      the organization the record belongs to
 * @param recordId   the record commented on (a direction's organization, a goal, a plan element, a status report...)
 * @param recordKind what the record is, e.g. {@code goal} or {@code action}
 * @param text       what the coach asks or suggests
 * @param author     who wrote it (username)
 * @param createdAt  when (ISO instant)
 * @param answer     the team's answer, or {@code null}
 * @param answeredBy who answered (username), or {@code null}
 * @param answeredAt when, or {@code null}
 * @param resolved   whether it is done with
 * @param resolvedBy who resolved it, or {@code null}
 * @param resolvedAt when, or {@code null}
 * @param version    the optimistic-concurrency version
 */
public record Comment(String id, String orgId, String recordId, String recordKind, String text, String author, String createdAt, String answer,
        String answeredBy, String answeredAt, boolean resolved, String resolvedBy, String resolvedAt, long version) {}
