package org.braid.coaching.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.ValidationException;
import org.braid.core.spi.ExportSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The coaching section of an organization export: the comments on its records, with their answers and resolution. */
@Component(service = ExportSection.class)
public class CoachingSection implements ExportSection {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final CommentStore store;

    @Activate
    public CoachingSection(@Reference CommentStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return CoachingModule.ID;
    }

    /** After the modules whose records the comments are on. */
    @Override
    public int order() {
        return 300;
    }

    @Override
    public JsonNode export(List<String> orgIds) {
        ObjectNode out = STRICT.createObjectNode();
        ArrayNode comments = out.putArray("comments");
        for (Comment c : store.ofOrganizations(orgIds)) comments.add(row(c));
        return out;
    }

    private static ObjectNode row(Comment c) {
        ObjectNode n = STRICT.valueToTree(c);
        n.remove("version");
        return n;
    }

    @Override
    public void load(JsonNode data) {
        JsonNode list = data.path("comments");
        if (list.isMissingNode() || list.isNull()) return;
        if (!list.isArray()) throw new ValidationException("sections.coaching.comments", "must be an array");
        store.db.transaction(conn -> {
            for (int i = 0; i < list.size(); i++) {
                String at = "sections.coaching.comments[" + i + "]";
                ObjectNode row = list.get(i).deepCopy();
                row.put("version", 1);
                Comment c;
                try {
                    c = STRICT.treeToValue(row, Comment.class);
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new ValidationException(at, "is malformed");
                }
                if (c.id() == null || c.orgId() == null || c.author() == null || c.createdAt() == null) {
                    throw new ValidationException(at, "needs id, orgId, author and createdAt");
                }
                Comments.check(new Inputs.NewComment(c.recordId(), c.orgId(), c.recordKind(), c.text()));
                for (String when : new String[] {c.createdAt(), c.answeredAt(), c.resolvedAt()}) {
                    try {
                        if (when != null) Instant.parse(when);
                    } catch (DateTimeParseException e) {
                        throw new ValidationException(at, "has a time that is not an instant like 2026-10-05T14:00:00Z");
                    }
                }
                store.insert(c);
            }
            return null;
        });
    }
}
