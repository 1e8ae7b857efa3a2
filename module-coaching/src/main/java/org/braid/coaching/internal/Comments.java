package org.braid.coaching.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.braid.core.model.Checks;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The rules of comments: what a comment and an answer must hold, that a record's comments stay in one organization,
 * that a resolved comment takes no answer until it is reopened, and that nobody overwrites an answer they did not see.
 */
@Component(service = Comments.class)
public class Comments {
    /** An id as the modules make them (UUIDs), or a key such as {@code plan:...}; nothing that needs escaping. */
    static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    /** What a comment may be on: the records of the cycle's steps. */
    static final List<String> KINDS = List.of("direction", "goal", "goal-measure", "needs-assessment", "assessment-part", "root-cause", "priority-area",
            "plan", "strategy", "milestone", "action", "status-report", "review", "adjustment", "support", "self-reflection", "process-self-assessment", "other");
    static final int MAX_TEXT = 4000;

    private final CommentStore store;
    private final Clock clock;

    @Activate
    public Comments(@Reference CommentStore store) {
        this(store, Clock.systemUTC());
    }

    Comments(CommentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @throws ValidationException naming every field that is missing, too long or not one of the allowed values */
    static void check(Inputs.NewComment in) {
        new Checks().required("recordId", in.recordId())
                .matches("recordId", in.recordId(), RECORD_ID, "a record's id: letters, digits, '.', '_', ':' or '-', at most 100 characters")
                .required("orgId", in.orgId())
                .matches("recordKind", in.recordKind(), Pattern.compile(String.join("|", KINDS)), "one of " + String.join(", ", KINDS))
                .text("text", in.text(), MAX_TEXT)
                .throwIfAny();
    }

    /**
     * @param author the commenter's username
     * @return the comment as stored
     * @throws RuleViolationException on {@code recordId} when the record's comments name another organization
     */
    Comment create(Inputs.NewComment in, String author) {
        check(in);
        return store.db.transaction(c -> {
            Optional<String> org = store.orgOfRecord(in.recordId());
            if (org.isPresent() && !org.get().equals(in.orgId())) {
                throw new RuleViolationException("recordId", "has comments in another organization; a record belongs to one");
            }
            Comment made = new Comment(UUID.randomUUID().toString(), in.orgId(), in.recordId(), in.recordKind() == null ? "other" : in.recordKind(),
                    in.text().strip(), author, Instant.now(clock).toString(), null, null, null, false, null, null, 1L);
            store.insert(made);
            return store.get(made.id());
        });
    }

    /**
     * The comment after an answer and/or a resolution.
     *
     * @throws ValidationException when the change holds neither, or the answer is blank or too long
     * @throws RuleViolationException on {@code answer} when the comment was resolved and the change does not reopen it
     */
    static Comment changed(Comment now, Inputs.CommentChange in, String who, Instant at) {
        if (in.answer() == null && in.resolved() == null) throw new ValidationException("answer", "send an answer, or resolved true or false");
        Comment next = now;
        if (in.resolved() != null) next = resolved(next, in.resolved(), who, at);
        if (in.answer() != null) {
            new Checks().text("answer", in.answer(), MAX_TEXT).throwIfAny();
            if (now.resolved() && next.resolved()) {
                throw new RuleViolationException("answer", "the comment is resolved; reopen it to answer");
            }
            next = new Comment(next.id(), next.orgId(), next.recordId(), next.recordKind(), next.text(), next.author(), next.createdAt(), in.answer().strip(),
                    who, at.toString(), next.resolved(), next.resolvedBy(), next.resolvedAt(), next.version());
        }
        return next;
    }

    static Comment resolved(Comment now, boolean resolved, String who, Instant at) {
        if (now.resolved() == resolved) return now;
        return new Comment(now.id(), now.orgId(), now.recordId(), now.recordKind(), now.text(), now.author(), now.createdAt(), now.answer(),
                now.answeredBy(), now.answeredAt(), resolved, resolved ? who : null, resolved ? at.toString() : null, now.version());
    }

    /**
     * Answers and/or resolves a comment.
     *
     * @param expected the version the caller saw
     * @throws StaleVersionException when someone changed the comment since
     */
    Comment change(String id, Inputs.CommentChange in, long expected, String who) {
        return store.db.transaction(c -> {
            Comment now = store.get(id);
            return save(now, changed(now, in, who, Instant.now(clock)), expected);
        });
    }

    /** Resolves or reopens a comment. */
    Comment resolve(String id, Inputs.Resolution in, long expected, String who) {
        if (in.resolved() == null) throw new ValidationException("resolved", "is required: true or false");
        return store.db.transaction(c -> {
            Comment now = store.get(id);
            return save(now, resolved(now, in.resolved(), who, Instant.now(clock)), expected);
        });
    }

    private Comment save(Comment now, Comment next, long expected) {
        if (now.version() != expected || !store.update(next, expected)) throw new StaleVersionException("comment", now.id(), expected, now.version());
        return store.get(now.id());
    }
}
