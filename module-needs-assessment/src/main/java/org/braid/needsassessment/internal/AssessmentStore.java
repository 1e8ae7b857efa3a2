package org.braid.needsassessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.Checks;
import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.braid.needsassessment.api.ConcernIntake;
import org.braid.needsassessment.api.PriorityAreaSource;
import org.braid.needsassessment.api.PriorityAreaSummary;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;
import org.braid.platform.json.BraidJson;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The needs-assessment tables: assessments and their parts; migrated before the services register. */
@Component(service = {PriorityAreaSource.class, ConcernIntake.class, AssessmentStore.class})
public class AssessmentStore implements PriorityAreaSource, ConcernIntake {
    static final int MAX_BODY = 32000;
    private static final Table ASSESSMENT = new Table("na_assessment", "id", "org_id", "school_year", "scope", "focus", "version");
    private static final Table PART = new Table("na_element", "id", "assessment_id", "kind", "seq", "body", "version");

    private final Database db;
    private final Sql sql;
    private final OrganizationService orgs;

    @Activate
    public AssessmentStore(BundleContext context, @Reference Database db, @Reference OrganizationService orgs) {
        this(db, orgs);
        db.migrate(NeedsAssessmentModule.ID, context.getBundle());
    }

    /** For tests: a store on a database already migrated. */
    AssessmentStore(Database db, OrganizationService orgs) {
        this.db = db;
        this.sql = new Sql(db);
        this.orgs = orgs;
    }

    // --- assessments

    /** Starts a needs assessment. */
    Assessment create(NewAssessment a) {
        return insert(new Assessment(UUID.randomUUID().toString(), a.orgId(), a.schoolYear(), a.scope(), a.focus(), null));
    }

    /** Stores an assessment with the id it carries (create, import). */
    Assessment insert(Assessment a) {
        Checks c = new Checks().required("orgId", a.orgId()).maxLength("orgId", a.orgId(), 36);
        fields(c, a.schoolYear(), a.scope(), a.focus());
        c.text("id", a.id(), 36).throwIfAny();
        try {
            orgs.get(a.orgId());
        } catch (NotFoundException e) {
            throw new RuleViolationException("orgId", "no such organization");
        }
        return db.transaction(conn -> {
            sql.insert(ASSESSMENT, () -> new ConflictException("id", "a needs assessment with this id already exists"), a.id(), a.orgId(),
                    a.schoolYear(), a.scope().name(), blankToNull(a.focus()), 1L);
            return get(a.id());
        });
    }

    private static void fields(Checks c, String schoolYear, Scope scope, String focus) {
        c.required("schoolYear", schoolYear).schoolYear("schoolYear", schoolYear).required("scope", scope).maxLength("focus", focus, 500);
        if (scope == Scope.SEGMENTED && (focus == null || focus.isBlank())) c.add("focus", "is required for a segmented needs assessment: the area it looks at");
    }

    /** @throws NotFoundException when there is no such assessment */
    Assessment get(String id) {
        return sql.first(ASSESSMENT.select("WHERE id = ?"), AssessmentStore::assessment, id)
                .orElseThrow(() -> new NotFoundException("needs assessment", id));
    }

    /** @return the organization's assessments, newest school year first */
    List<Assessment> forOrganization(String orgId) {
        return sql.list(ASSESSMENT.select("WHERE org_id = ? ORDER BY school_year DESC, id"), AssessmentStore::assessment, orgId);
    }

    Assessment update(String id, AssessmentChange change, long expected) {
        Checks c = new Checks();
        fields(c, change.schoolYear(), change.scope(), change.focus());
        c.throwIfAny();
        return db.transaction(conn -> {
            Assessment now = get(id);
            if (now.version() != expected) throw new StaleVersionException("needs assessment", id, expected, now.version());
            if (sql.update("UPDATE na_assessment SET school_year = ?, scope = ?, focus = ?, version = version + 1 WHERE id = ? AND version = ?",
                    change.schoolYear(), change.scope().name(), blankToNull(change.focus()), id, expected) != 1) {
                throw new StaleVersionException("needs assessment", id, expected, get(id).version());
            }
            return get(id);
        });
    }

    /** Deletes the assessment and all its parts. */
    void delete(String id) {
        db.transaction(conn -> {
            get(id);
            sql.update("DELETE FROM na_element WHERE assessment_id = ?", id);
            sql.update("DELETE FROM na_assessment WHERE id = ?", id);
            return null;
        });
    }

    /** @return whether any needs assessment exists */
    boolean any() {
        return sql.first("SELECT COUNT(*) FROM na_assessment", rs -> rs.getLong(1) > 0).orElse(false);
    }

    // --- parts

    /** Adds a part at the end of its list. */
    StoredPart add(String assessmentId, Kind kind, Part part) {
        return insertPart(UUID.randomUUID().toString(), assessmentId, kind, part, true);
    }

    /**
     * Stores a part with the given id (add, import).
     *
     * @param checkReferences whether the ids it refers to must exist already (an import checks them at the end)
     */
    StoredPart insertPart(String id, String assessmentId, Kind kind, Part part, boolean checkReferences) {
        Checks c = new Checks().text("id", id, 36);
        part.check(c);
        c.throwIfAny();
        String body = body(part);
        return db.transaction(conn -> {
            get(assessmentId);
            if (checkReferences) checkReferences(assessmentId, part, null);
            int seq = sql.first("SELECT MAX(seq) FROM na_element WHERE assessment_id = ? AND kind = ?", rs -> rs.getInt(1) + 1, assessmentId,
                    kind.name()).orElse(1);
            sql.insert(PART, () -> new ConflictException("id", "the id is taken by another " + kind.noun), id, assessmentId, kind.name(), seq, body, 1L);
            return part(kind, id);
        });
    }

    /** @throws NotFoundException when there is no part of this kind with this id */
    StoredPart part(Kind kind, String id) {
        return sql.first(PART.select("WHERE id = ? AND kind = ?"), AssessmentStore::part, id, kind.name())
                .orElseThrow(() -> new NotFoundException(kind.noun, id));
    }

    /** @return every part of the assessment, by kind and then in the order they were added */
    List<StoredPart> parts(String assessmentId) {
        return sql.list(PART.select("WHERE assessment_id = ? ORDER BY kind, seq"), AssessmentStore::part, assessmentId);
    }

    StoredPart update(Kind kind, String id, Part part, long expected) {
        Checks c = new Checks();
        part.check(c);
        c.throwIfAny();
        String body = body(part);
        return db.transaction(conn -> {
            StoredPart now = part(kind, id);
            if (now.version() != expected) throw new StaleVersionException(kind.noun, id, expected, now.version());
            checkReferences(now.assessmentId(), part, id);
            if (sql.update("UPDATE na_element SET body = ?, version = version + 1 WHERE id = ? AND version = ?", body, id, expected) != 1) {
                throw new StaleVersionException(kind.noun, id, expected, part(kind, id).version());
            }
            return part(kind, id);
        });
    }

    /** @throws ConflictException when another part refers to this one */
    void delete(Kind kind, String id) {
        db.transaction(conn -> {
            StoredPart p = part(kind, id);
            for (StoredPart other : parts(p.assessmentId())) {
                for (Part.Reference r : typed(other).references()) {
                    if (r.kind() == kind && r.ids().contains(id) && !other.id().equals(id)) {
                        throw new ConflictException("id", "the " + other.kind().noun + " " + other.id() + " refers to this " + kind.noun
                                + " in " + r.field() + "; remove it there first");
                    }
                }
            }
            sql.update("DELETE FROM na_element WHERE id = ?", id);
            return null;
        });
    }

    /**
     * @param self the part's own id on an update (a trend may not link to itself), else {@code null}
     * @throws RuleViolationException when a referenced id is not a part of that kind in the assessment
     */
    void checkReferences(String assessmentId, Part part, String self) {
        List<StoredPart> all = parts(assessmentId);
        Checks c = new Checks();
        for (Part.Reference r : part.references()) {
            Set<String> known = new HashSet<>();
            for (StoredPart p : all) if (p.kind() == r.kind() && !p.id().equals(self)) known.add(p.id());
            for (int i = 0; i < r.ids().size(); i++) {
                if (!known.contains(r.ids().get(i))) c.add(r.field() + "[" + i + "]", "is not a " + r.kind().noun + " of this needs assessment");
            }
        }
        if (!c.ok()) throw new RuleViolationException("invalid reference", c.violations());
    }

    /** @return the stored fields as the part's type */
    static Part typed(StoredPart p) {
        try {
            return BraidJson.mapper().treeToValue(p.fields(), p.kind().type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + p.kind().noun + " " + p.id() + " is unreadable", e);
        }
    }

    /** @return the organization an assessment belongs to */
    String orgOf(String assessmentId) {
        return get(assessmentId).orgId();
    }

    /** @return the organization's name, for printouts */
    String orgName(String orgId) {
        return orgs.get(orgId).name();
    }

    /** @return the organization a part belongs to */
    String orgOf(Kind kind, String partId) {
        return orgOf(part(kind, partId).assessmentId());
    }

    // --- the planning hand-off

    @Override
    public List<PriorityAreaSummary> priorityAreas(String orgId, String schoolYear) {
        return db.transaction(conn -> {
            List<PriorityAreaSummary> out = new ArrayList<>();
            for (Assessment a : forOrganization(orgId)) {
                if (!a.schoolYear().equals(schoolYear)) continue;
                List<StoredPart> all = parts(a.id());
                for (StoredPart p : all) {
                    if (p.kind() != Kind.PRIORITY_AREA) continue;
                    PriorityArea area = (PriorityArea) typed(p);
                    List<String> causes = new ArrayList<>();
                    for (String rc : Part.orEmpty(area.rootCauseIds())) {
                        all.stream().filter(x -> x.id().equals(rc)).findFirst().ifPresent(x -> causes.add(((RootCause) typed(x)).text()));
                    }
                    out.add(new PriorityAreaSummary(p.id(), a.id(), area.title(), causes));
                }
            }
            return out;
        });
    }

    // --- concerns from other tools

    @Override
    public String addConcern(String orgId, String schoolYear, String text, String evidence) {
        SwotItem weakness = new SwotItem(SwotItem.Quadrant.WEAKNESS, text, evidence, null);
        return db.transaction(conn -> {
            Assessment target = forOrganization(orgId).stream().filter(a -> a.schoolYear().equals(schoolYear))
                    .min(java.util.Comparator.comparing(a -> a.scope() != Scope.COMPREHENSIVE))
                    .orElseGet(() -> create(new NewAssessment(orgId, schoolYear, Scope.COMPREHENSIVE, null)));
            for (StoredPart p : parts(target.id())) {
                if (p.kind() == Kind.SWOT && typed(p) instanceof SwotItem s && s.kind() == SwotItem.Quadrant.WEAKNESS && s.text().equals(text)) return p.id();
            }
            return add(target.id(), Kind.SWOT, weakness).id();
        });
    }

    // --- plumbing

    private static String body(Part part) {
        ObjectNode fields = BraidJson.mapper().valueToTree(part);
        fields.remove("version");
        String body = fields.toString();
        if (body.length() > MAX_BODY) throw new ValidationException("body", "is too long to store (" + body.length() + " characters; at most " + MAX_BODY + ")");
        return body;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Assessment assessment(ResultSet rs) throws SQLException {
        return new Assessment(rs.getString(1), rs.getString(2), rs.getString(3), Scope.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6));
    }

    private static StoredPart part(ResultSet rs) throws SQLException {
        return new StoredPart(rs.getString(1), rs.getString(2), Kind.valueOf(rs.getString(3)), rs.getInt(4),
                (ObjectNode) BraidJson.readStoredTree(rs.getString(5)), rs.getLong(6));
    }
}
