package org.braid.planning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.Checks;
import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanStatus;
import org.braid.planning.api.dto.PlanTree;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;
import org.braid.platform.json.BraidJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Submitting a plan (a numbered snapshot), sign-off by named roles, reopening as a new draft, and diffs between versions. */
@Component(service = PlanVersions.class)
public class PlanVersions {
    /** A submitted version, with its sign-offs. */
    /** @param reason why this version was made when it came from adjusting course, else {@code null} */
    public record Version(int number, String submitted, String submittedBy, String reason, List<SignOff> signOffs) {}

    /** A signature: the role signing (e.g. Principal), the name of the person, who recorded it and when. */
    public record SignOff(String role, String name, String signedBy, String signed, boolean approves) {}

    /** A signature to record: the signer's role and name (from their account, see {@link Signatories}) and whether it approves. */
    public record SignOffInput(String role, String name, Boolean approves) {}

    static final Table VERSION = new Table("planning_version", "plan_id", "version_no", "submitted", "submitted_by", "document", "reason");
    static final Table SIGN_OFF = new Table("planning_signoff", "plan_id", "version_no", "role_name", "signer_name", "signed_by", "signed",
            "approves");

    private final Database db;
    private final Sql sql;
    private final PlanStore plans;
    private final PlanElements tree;
    /** The fields state packs keep on the elements, kept with each version; absent in unit tests. */
    @Reference
    ElementExtensions extensions;

    @Activate
    public PlanVersions(@Reference Database db, @Reference PlanStore plans, @Reference PlanElements tree) {
        this.db = db;
        this.sql = new Sql(db);
        this.plans = plans;
        this.tree = tree;
    }

    /**
     * Submits a draft: snapshots it as the next version and marks it submitted.
     *
     * @param expected the plan version the caller saw, or {@code null}
     */
    public Version submit(String planId, String by, Long expected) {
        return submit(planId, by, null, expected);
    }

    /** Submits a draft as the next version, saying why it changed (an adjustment of course). */
    Version submit(String planId, String by, String reason, Long expected) {
        return db.transaction(c -> {
            Plan p = plans.get(planId);
            if (expected != null && expected != p.version()) throw new StaleVersionException("plan", planId, expected, p.version());
            if (p.status() != PlanStatus.DRAFT) throw new RuleViolationException("status", "only a draft can be submitted; this plan is " + p.status());
            int n = latest(planId) + 1;
            insert(planId, n, Instant.now().toString(), by, reason, withExtensions(tree.tree(planId)));
            plans.setStatus(planId, PlanStatus.SUBMITTED);
            return version(planId, n);
        });
    }

    /** Reopens a submitted or approved plan as a new draft; its versions stay. */
    public Plan reopen(String planId, Long expected) {
        return db.transaction(c -> {
            Plan p = plans.get(planId);
            if (expected != null && expected != p.version()) throw new StaleVersionException("plan", planId, expected, p.version());
            if (p.status() == PlanStatus.DRAFT) throw new RuleViolationException("status", "the plan is already a draft");
            plans.setStatus(planId, PlanStatus.DRAFT);
            return plans.get(planId);
        });
    }

    /**
     * Signs the latest submitted version.
     *
     * @param fromAbove whether the signer belongs to an organization above the plan's (may approve)
     */
    public Version signOff(String planId, SignOffInput in, String by, boolean fromAbove) {
        new Checks().text("role", in.role(), 100).text("name", in.name(), 200).throwIfAny();
        boolean approves = Boolean.TRUE.equals(in.approves());
        return db.transaction(c -> {
            Plan p = plans.get(planId);
            if (p.status() == PlanStatus.DRAFT) throw new RuleViolationException("status", "submit the plan before signing it off");
            if (approves && !fromAbove) throw new RuleViolationException("approves", "a plan is approved from above: by its LEA (or the SEA for an LEA)");
            int n = latest(planId);
            sql.insert(SIGN_OFF, () -> new ConflictException("role", in.role().strip() + " has already signed version " + n), planId, n,
                    in.role().strip(), in.name().strip(), by, Instant.now(), (short) (approves ? 1 : 0));
            if (approves) plans.setStatus(planId, PlanStatus.APPROVED);
            return version(planId, n);
        });
    }

    /** @return the plan's versions, oldest first */
    public List<Version> list(String planId) {
        plans.get(planId);
        return db.transaction(c -> {
            List<Version> out = new ArrayList<>();
            for (int n = 1; n <= latest(planId); n++) out.add(version(planId, n));
            return out;
        });
    }

    /** @param n a version number, or {@code current} for the plan as it is now */
    public JsonNode document(String planId, String n) {
        if ("current".equals(n)) return withExtensions(tree.tree(planId));
        int number;
        try {
            number = Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new ValidationException("version", "must be a version number or 'current'");
        }
        return read(sql.first("SELECT document FROM planning_version WHERE plan_id = ? AND version_no = ?", rs -> rs.getString(1), planId, number)
                .orElseThrow(() -> new NotFoundException("version", planId + "/" + n)));
    }

    /** @return what changed from version {@code a} to {@code b} (either may be {@code current}) */
    public List<PlanDiff.Change> diff(String planId, String a, String b) {
        return PlanDiff.diff(document(planId, a), document(planId, b));
    }

    /** @return the plan's versions for its export: number, times, who, the document and the sign-offs */
    List<JsonNode> export(String planId) {
        List<JsonNode> out = new ArrayList<>();
        for (Version v : list(planId)) {
            ObjectNode o = BraidJson.mapper().valueToTree(v);
            o.set("document", document(planId, String.valueOf(v.number())));
            out.add(o);
        }
        return out;
    }

    /** Stores exported versions of a plan that was just imported. */
    void load(String planId, JsonNode versions, String at) {
        db.transaction(c -> {
            for (int i = 0; i < versions.size(); i++) {
                JsonNode v = versions.get(i);
                String w = at + "[" + i + "]";
                if (!v.path("number").isInt() || !v.path("document").isObject() || !v.path("submitted").isTextual()
                        || v.path("submittedBy").asText("").length() > 200) {
                    throw new ValidationException(w, "needs number, submitted, submittedBy (200 characters at most) and document");
                }
                insert(planId, v.get("number").asInt(), v.get("submitted").asText(), v.path("submittedBy").asText(""),
                        v.hasNonNull("reason") ? v.get("reason").asText() : null, v.get("document"));
                for (JsonNode s : PlanDocument.array(v, "signOffs", w)) {
                    if (!s.path("role").isTextual() || !s.path("name").isTextual() || s.path("role").asText().length() > 100
                            || s.path("name").asText().length() > 200 || s.path("signedBy").asText().length() > 200) {
                        throw new ValidationException(w + ".signOffs", "each needs a role (100 characters at most), a name and signedBy");
                    }
                    sql.insert(SIGN_OFF, () -> new ConflictException(w + ".signOffs", s.path("role").asText() + " signs a version twice"), planId,
                            v.get("number").asInt(), s.path("role").asText(), s.path("name").asText(), s.path("signedBy").asText(),
                            instant(s.path("signed").asText(), w + ".signOffs"), (short) (s.path("approves").asBoolean() ? 1 : 0));
                }
            }
            return null;
        });
    }

    private static Instant instant(String s, String field) {
        try {
            return Instant.parse(s);
        } catch (RuntimeException e) {
            throw new ValidationException(field, "must be an instant like 2026-09-01T12:00:00Z");
        }
    }

    /** @return the numbered plan without optimistic versions: what a version keeps */
    /** @return the snapshot with {@code extensions: {extensionId: {elementId: fields}}} when any extension keeps fields on the plan */
    private JsonNode withExtensions(PlanTree t) {
        ObjectNode n = (ObjectNode) snapshot(t);
        var fields = extensions == null ? java.util.Map.<String, Object>of() : extensions.forPlan(t);
        if (!fields.isEmpty()) n.set("extensions", BraidJson.mapper().valueToTree(fields));
        return n;
    }

    static JsonNode snapshot(PlanTree t) {
        ObjectNode n = BraidJson.mapper().valueToTree(t);
        strip(n);
        return n;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("version");
            o.remove("status");
            o.forEach(PlanVersions::strip);
        } else if (n.isArray()) {
            n.forEach(PlanVersions::strip);
        }
    }

    private void insert(String planId, int n, String submitted, String by, String reason, JsonNode document) {
        sql.insert(VERSION, () -> new ConflictException("number", "the plan already has a version " + n), planId, n, instant(submitted, "submitted"),
                by, document.toString(), reason == null ? null : reason.length() > 2000 ? reason.substring(0, 2000) : reason);
    }

    /** @return the number of the plan's latest version, 0 before its first submission */
    int latestNumber(String planId) {
        return latest(planId);
    }

    private int latest(String planId) {
        return sql.first("SELECT MAX(version_no) FROM planning_version WHERE plan_id = ?", rs -> rs.getInt(1), planId).orElse(0);
    }

    private Version version(String planId, int n) {
        List<SignOff> signs = sql.list("SELECT role_name, signer_name, signed_by, signed, approves FROM planning_signoff "
                + "WHERE plan_id = ? AND version_no = ? ORDER BY signed, role_name", rs -> new SignOff(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getTimestamp(4).toInstant().toString(), rs.getShort(5) == 1), planId, n);
        return sql.first("SELECT submitted, submitted_by, reason FROM planning_version WHERE plan_id = ? AND version_no = ?",
                rs -> new Version(n, rs.getTimestamp(1).toInstant().toString(), rs.getString(2), rs.getString(3), signs), planId, n)
                .orElseThrow(() -> new NotFoundException("version", planId + "/" + n));
    }

    private static JsonNode read(String json) {
        return BraidJson.readStoredTree(json);
    }
}
