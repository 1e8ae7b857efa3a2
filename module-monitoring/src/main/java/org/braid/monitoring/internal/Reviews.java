package org.braid.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.braid.core.model.Checks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Stores reviews with the figures computed when they were filed. */
@Component(service = Reviews.class)
public class Reviews {
    private final MonitoringStore store;
    final Clock clock;

    @Activate
    public Reviews(@Reference MonitoringStore store) {
        this(store, Clock.systemDefaultZone());
    }

    Reviews(MonitoringStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Checks the fields that need no plan. */
    static void check(Inputs.ReviewInput in) {
        Checks c = new Checks().required("planId", in.planId()).required("kind", in.kind()).required("period", in.period())
                .maxLength("cause", in.cause(), 4000).maxLength("adjustments", in.adjustments(), 4000).maxLength("comments", in.comments(), 4000);
        if (in.kind() != null && !in.kind().matches("QUARTERLY|SEMESTER|ANNUAL")) c.add("kind", "must be QUARTERLY, SEMESTER or ANNUAL");
        if ("QUARTERLY".equals(in.kind())) c.matches("period", in.period(), java.util.regex.Pattern.compile("Q[1-4]"), "Q1, Q2, Q3 or Q4");
        if ("SEMESTER".equals(in.kind())) c.matches("period", in.period(), java.util.regex.Pattern.compile("S[12]"), "S1 or S2");
        if ("ANNUAL".equals(in.kind())) c.schoolYear("period", in.period());
        if (!"ANNUAL".equals(in.kind())) c.required("elementId", in.elementId());
        c.throwIfAny();
    }

    Review add(Inputs.ReviewInput in, String orgId, Map<String, Object> figures, String by) {
        Review r = new Review(UUID.randomUUID().toString(), in.planId(), orgId, in.kind(), in.period(), in.elementId(), figures, in.cause(),
                in.adjustments(), in.comments(), by, Instant.now(clock).toString(), 1L);
        insert(r);
        return r;
    }

    void insert(Review r) {
        store.tx(c -> MonitoringStore.exec(c, "INSERT INTO monitoring_review (id, plan_id, org_id, kind, period, element_id, figures, cause, adjustments, "
                + "comments, reviewed_by, reviewed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.planId(), r.orgId(), r.kind(),
                r.period(), r.elementId(), json(r.figures()), r.cause(), r.adjustments(), r.comments(), r.reviewedBy(), Instant.parse(r.reviewedAt()),
                r.version()));
    }

    List<Review> ofPlan(String planId) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_review WHERE plan_id = ? ORDER BY reviewed_at, id", Reviews::review, planId));
    }

    List<Review> ofOrganizations(List<String> orgIds) {
        return store.tx(c -> {
            List<Review> out = new java.util.ArrayList<>();
            for (String org : orgIds) out.addAll(MonitoringStore.query(c, "SELECT * FROM monitoring_review WHERE org_id = ? ORDER BY reviewed_at, id",
                    Reviews::review, org));
            return out;
        });
    }

    static Review review(ResultSet rs) throws SQLException {
        try {
            return new Review(rs.getString("id").strip(), rs.getString("plan_id").strip(), rs.getString("org_id").strip(), rs.getString("kind"),
                    rs.getString("period"), rs.getString("element_id") == null ? null : rs.getString("element_id").strip(),
                    StatusReports.MAPPER.readValue(rs.getString("figures"), new TypeReference<Map<String, Object>>() {}), rs.getString("cause"),
                    rs.getString("adjustments"), rs.getString("comments"), rs.getString("reviewed_by"),
                    rs.getTimestamp("reviewed_at").toInstant().toString(), rs.getLong("version"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(Object o) {
        try {
            return StatusReports.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
