package org.braid.sfss.internal;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.braid.core.model.ConflictException;
import org.braid.core.model.StaleVersionException;
import org.braid.planning.api.ElementKind;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SFSS tables, migrated before the services that use them register; every call joins the caller's transaction. */
@Component(service = SfssStore.class)
public class SfssStore {
    static final Table ELEMENT = new Table("sfss_element", "element_id", "kind", "description", "supporting_data", "target_outcomes", "by_when", "by_who");
    static final Table ROOT_CAUSE = new Table("sfss_root_cause", "element_id", "position", "cause");
    static final Table PRIORITY = new Table("sfss_priority", "element_id", "code");
    static final Table SECTION_TWO = new Table("sfss_section_two", "plan_id", "resource_alignment", "infrastructure", "version");
    static final Table FOUR_R = new Table("sfss_four_r", "plan_id", "part", "position", "text_a", "text_b", "text_c", "cost");

    private final Sql sql;

    @Activate
    public SfssStore(BundleContext context, @Reference Database db) {
        this(db);
        db.migrate(SfssModule.ID, context.getBundle());
    }

    /** For tests: a database already migrated. */
    SfssStore(Database db) {
        this.sql = new Sql(db);
    }

    // --- fields on plan elements

    /** @return the element's fields, if it has any */
    Optional<ElementFields> fields(String elementId) {
        return sql.first(ELEMENT.select("WHERE element_id = ?"), rs -> new ElementFields(ElementKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), sql.list("SELECT cause FROM sfss_root_cause WHERE element_id = ? ORDER BY position", r -> r.getString(1), elementId),
                sql.list("SELECT code FROM sfss_priority WHERE element_id = ? ORDER BY code", r -> r.getString(1), elementId), rs.getString(6),
                rs.getString(7)), elementId);
    }

    /** Replaces the element's fields with these (none kept when they are empty). */
    void putFields(String elementId, ElementFields f) {
        removeFields(elementId);
        if (f.empty()) return;
        sql.insert(ELEMENT, SfssStore::concurrent, elementId, f.kind().name(), f.description(), f.supportingData(),
                f.targetOutcomes(), f.byWhen(), f.byWho());
        List<Object[]> causes = new ArrayList<>();
        for (int i = 0; i < f.rootCauses().size(); i++) causes.add(new Object[] {elementId, i, f.rootCauses().get(i)});
        sql.insertAll(ROOT_CAUSE, causes, SfssStore::concurrent);
        sql.insertAll(PRIORITY, f.priorities().stream().map(c -> new Object[] {elementId, c}).toList(), SfssStore::concurrent);
    }

    void removeFields(String elementId) {
        sql.update("DELETE FROM sfss_root_cause WHERE element_id = ?", elementId);
        sql.update("DELETE FROM sfss_priority WHERE element_id = ?", elementId);
        sql.update("DELETE FROM sfss_element WHERE element_id = ?", elementId);
    }

    // --- Section 2 of a plan

    /** @return the plan's Section 2, or an empty one of version 0 */
    SectionTwo sectionTwo(String planId) {
        return sql.first(SECTION_TWO.select("WHERE plan_id = ?"), rs -> {
            List<Object[]> rows = sql.list(FOUR_R.select("WHERE plan_id = ? ORDER BY part, position"),
                    r -> new Object[] {r.getString(2), r.getString(4), r.getString(5), r.getString(6), r.getBigDecimal(7)}, planId);
            return new SectionTwo(planId, part(rows, "rules", c -> new SectionTwo.Rule(c[0], c[1], c[2])),
                    part(rows, "roles", c -> new SectionTwo.RoleShift(c[0], c[1], c[2])),
                    part(rows, "relationships", c -> new SectionTwo.Relationship(c[0], c[1], c[2])),
                    rows.stream().filter(r -> r[0].equals("resources")).map(r -> new SectionTwo.Resource((String) r[1], (BigDecimal) r[4], (String) r[3])).toList(),
                    part(rows, "partners", c -> new SectionTwo.PartnerRole(c[0], c[1], c[2])), rs.getString(2), rs.getString(3), rs.getLong(4));
        }, planId).orElseGet(() -> SectionTwo.none(planId));
    }

    /**
     * Replaces the plan's Section 2 with a checked one, one version on.
     *
     * @param expected the version the caller read (0 for a plan without one yet)
     * @throws StaleVersionException when someone saved it since; nothing is written
     * @return it as stored
     */
    SectionTwo putSectionTwo(SectionTwo s, long expected) {
        String planId = s.planId();
        long current = sectionTwoVersion(planId);
        if (current != expected) throw new StaleVersionException("Section 2 of plan", planId, expected, current);
        if (current == 0) {
            sql.insert(SECTION_TWO, () -> new StaleVersionException("Section 2 of plan", planId, expected, sectionTwoVersion(planId)), planId,
                    s.resourceAlignment(), s.infrastructure(), 1L);
        } else if (sql.update("UPDATE sfss_section_two SET resource_alignment = ?, infrastructure = ?, version = version + 1 WHERE plan_id = ? AND version = ?",
                s.resourceAlignment(), s.infrastructure(), planId, expected) != 1) {
            throw new StaleVersionException("Section 2 of plan", planId, expected, sectionTwoVersion(planId));
        }
        sql.update("DELETE FROM sfss_four_r WHERE plan_id = ?", planId);
        List<Object[]> rows = new ArrayList<>();
        add(rows, planId, "rules", s.rules().stream().map(r -> new String[] {r.policy(), r.adjustments(), r.supports()}).toList());
        add(rows, planId, "roles", s.roles().stream().map(r -> new String[] {r.role(), r.shifts(), r.supports()}).toList());
        add(rows, planId, "relationships", s.relationships().stream().map(r -> new String[] {r.structure(), r.who(), r.notes()}).toList());
        add(rows, planId, "partners", s.partners().stream().map(r -> new String[] {r.role(), r.shifts(), r.supports()}).toList());
        for (int i = 0; i < s.resources().size(); i++) {
            SectionTwo.Resource r = s.resources().get(i);
            rows.add(new Object[] {planId, "resources", i, r.expenditure(), null, r.fundingSource(), Sql.orNull(r.anticipatedCost(), Types.DECIMAL)});
        }
        sql.insertAll(FOUR_R, rows, SfssStore::concurrent);
        return sectionTwo(planId);
    }

    /** Rows are removed before they are written again: a duplicate means another request wrote them at the same time. */
    private static ConflictException concurrent() {
        return new ConflictException("id", "someone else saved the same record at the same time; reload it and try again");
    }

    private long sectionTwoVersion(String planId) {
        return sql.first("SELECT version FROM sfss_section_two WHERE plan_id = ?", rs -> rs.getLong(1), planId).orElse(0L);
    }

    private static void add(List<Object[]> rows, String planId, String part, List<String[]> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String[] c = cells.get(i);
            rows.add(new Object[] {planId, part, i, c[0], c[1], c[2], Sql.nullOf(Types.DECIMAL)});
        }
    }

    private static <R> List<R> part(List<Object[]> rows, String part, java.util.function.Function<String[], R> make) {
        return rows.stream().filter(r -> r[0].equals(part)).map(r -> make.apply(new String[] {(String) r[1], (String) r[2], (String) r[3]})).toList();
    }
}
