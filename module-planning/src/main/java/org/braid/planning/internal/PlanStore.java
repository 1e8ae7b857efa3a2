package org.braid.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.braid.core.model.Checks;
import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanEvent;
import org.braid.planning.api.PlanStatus;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The planning tables; migrated before the service registers. */
@Component(service = PlanStore.class)
public class PlanStore {
    static final Table PLAN = new Table("planning_plan", "id", "org_id", "school_year", "status", "version");

    private final Database db;
    private final Sql sql;
    private final OrganizationService orgs;
    private final PlanEvents events;

    @Activate
    public PlanStore(BundleContext context, @Reference Database db, @Reference OrganizationService orgs, @Reference PlanEvents events) {
        this.db = db;
        this.sql = new Sql(db);
        this.orgs = orgs;
        this.events = events;
        db.migrate(PlanningModule.ID, context.getBundle());
    }

    /** For tests: a store on a database already migrated. */
    PlanStore(Database db, OrganizationService orgs, PlanEvents events) {
        this.db = db;
        this.sql = new Sql(db);
        this.orgs = orgs;
        this.events = events;
    }

    /** Starts a draft plan. */
    public Plan create(String orgId, String schoolYear) {
        return insert(new Plan(UUID.randomUUID().toString(), orgId, schoolYear, PlanStatus.DRAFT, 1L));
    }

    /** Stores a plan with the id it carries (import). */
    Plan insert(Plan p) {
        new Checks().required("orgId", p.orgId()).required("schoolYear", p.schoolYear()).schoolYear("schoolYear", p.schoolYear()).throwIfAny();
        try {
            orgs.get(p.orgId());
        } catch (NotFoundException e) {
            throw new RuleViolationException("orgId", "no such organization");
        }
        return db.transaction(c -> {
            if (!forOrganization(p.orgId()).stream().filter(x -> x.schoolYear().equals(p.schoolYear())).toList().isEmpty()) {
                throw new ConflictException("schoolYear", "the organization already has a plan for " + p.schoolYear());
            }
            sql.insert(PLAN, () -> new ConflictException("id", "a plan with this id already exists"), p.id(), p.orgId(), p.schoolYear(),
                    (p.status() == null ? PlanStatus.DRAFT : p.status()).name(), 1L);
            Plan stored = get(p.id());
            fire(PlanEvent.Type.CREATED, stored, null);
            return stored;
        });
    }

    public Plan get(String id) {
        return sql.first(PLAN.select("WHERE id = ?"), PlanStore::plan, id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    public List<Plan> forOrganization(String orgId) {
        return sql.list(PLAN.select("WHERE org_id = ? ORDER BY school_year DESC"), PlanStore::plan, orgId);
    }

    /**
     * Changes a draft plan's school year.
     *
     * @throws StaleVersionException when the plan changed since {@code expected}
     */
    Plan changeYear(String id, String schoolYear, long expected) {
        new Checks().required("schoolYear", schoolYear).schoolYear("schoolYear", schoolYear).throwIfAny();
        return db.transaction(c -> {
            Plan p = get(id);
            if (p.status() != PlanStatus.DRAFT) throw new RuleViolationException("status", "the plan is not a draft; reopen it to change it");
            if (!p.schoolYear().equals(schoolYear) && forOrganization(p.orgId()).stream().anyMatch(x -> x.schoolYear().equals(schoolYear))) {
                throw new ConflictException("schoolYear", "the organization already has a plan for " + schoolYear);
            }
            if (sql.update("UPDATE planning_plan SET school_year = ?, version = version + 1 WHERE id = ? AND version = ?", schoolYear, id, expected) != 1) {
                throw new StaleVersionException("plan", id, expected, p.version());
            }
            return get(id);
        });
    }

    /**
     * Deletes a plan with everything in it.
     *
     * @param expected the version the caller saw, or {@code null} when not sent
     */
    void delete(String id, Long expected) {
        db.transaction(c -> {
            Plan p = get(id);
            if (expected != null && expected != p.version()) throw new StaleVersionException("plan", id, expected, p.version());
            sql.update("DELETE FROM planning_plan WHERE id = ?", id);
            fire(PlanEvent.Type.DELETED, p, null);
            return null;
        });
    }

    /** Sets the status without other rules (import keeps what was exported). */
    void setStatus(String id, PlanStatus status) {
        db.transaction(c -> {
            sql.update("UPDATE planning_plan SET status = ?, version = version + 1 WHERE id = ?", status.name(), id);
            if (events.heard()) fire(switch (status) {
                case DRAFT -> PlanEvent.Type.REOPENED;
                case SUBMITTED -> PlanEvent.Type.SUBMITTED;
                case APPROVED -> PlanEvent.Type.APPROVED;
            }, get(id), null);
            return null;
        });
    }

    /**
     * Marks the plan changed (its version moves on) and tells the listeners which element changed.
     *
     * @param p the plan as read in this transaction; its version is not used
     */
    void touch(Plan p, String elementId) {
        db.transaction(c -> {
            sql.update("UPDATE planning_plan SET version = version + 1 WHERE id = ?", p.id());
            fire(PlanEvent.Type.CHANGED, p, elementId);
            return null;
        });
    }

    /** Writes whole plans with one event per plan instead of one per element (see {@link PlanEvents#whole}). */
    <T> T whole(java.util.function.Supplier<T> work) {
        return events.whole(work);
    }

    private void fire(PlanEvent.Type type, Plan p, String elementId) {
        events.fire(new PlanEvent(type, p.id(), p.orgId(), p.schoolYear(), elementId));
    }

    private static Plan plan(ResultSet rs) throws SQLException {
        return new Plan(rs.getString(1), rs.getString(2), rs.getString(3), PlanStatus.valueOf(rs.getString(4)), rs.getLong(5));
    }
}
