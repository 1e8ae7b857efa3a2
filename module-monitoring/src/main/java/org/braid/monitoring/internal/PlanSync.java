package org.braid.monitoring.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgQuery;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanEvent;
import org.braid.planning.api.PlanListener;
import org.braid.planning.api.PlanService;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears every plan change in its transaction and brings the plan's items (and so the roll-up) up to date. Present
 * only while planning is on; when it comes back after monitoring missed changes, each plan whose version moved is
 * brought up to date in the background.
 */
@Component(service = PlanListener.class)
public class PlanSync implements PlanListener {
    private static final Logger LOG = LoggerFactory.getLogger(PlanSync.class);
    private final PlanService plans;
    private final Items items;
    private final CalendarSettings calendar;
    private final OrganizationService orgs;
    private final Thread catchUp;

    @Activate
    public PlanSync(@Reference PlanService plans, @Reference Items items, @Reference CalendarSettings calendar,
            @Reference OrganizationService orgs) {
        this.plans = plans;
        this.items = items;
        this.calendar = calendar;
        this.orgs = orgs;
        catchUp = new Thread(this::catchUp, "braid-monitoring-catch-up");
        catchUp.setDaemon(true);
        catchUp.start();
    }

    /** For tests: no catching up. */
    PlanSync(PlanService plans, Items items, CalendarSettings calendar) {
        this.plans = plans;
        this.items = items;
        this.calendar = calendar;
        this.orgs = null;
        this.catchUp = null;
    }

    @Deactivate
    void stop() {
        if (catchUp != null) catchUp.interrupt();
    }

    @Override
    public void planChanged(PlanEvent event) {
        switch (event.type()) {
            case DELETED -> items.removePlan(event.planId());
            case CREATED, CHANGED -> sync(event.planId());
            default -> { } // a status change leaves the elements as they are
        }
    }

    /** Brings one plan's items up to date with planning. */
    void sync(String planId) {
        PlanTree t;
        try {
            t = plans.tree(planId);
        } catch (NotFoundException e) {
            items.removePlan(planId);
            return;
        }
        items.syncPlan(new Items.PlanRef(t.id(), t.orgId(), t.schoolYear(), t.version() == null ? 0 : t.version()), items(t, items.place(t.orgId())));
    }

    /** @return the plan's milestones and actions, codes inherited (an action takes its milestone's, then its strategy's) */
    List<Item> items(PlanTree t, Item.Place place) {
        LocalDate yearStart = calendar.firstDay(t.schoolYear());
        List<Item> out = new ArrayList<>();
        for (Strategy s : t.strategies()) {
            for (Milestone m : s.milestones()) {
                List<String> mc = upper(m.codes().isEmpty() ? s.codes() : m.codes());
                out.add(new Item(m.id(), t.id(), 'M', place.orgId(), place.districtId(), place.seaId(), place.essa(), t.schoolYear(), mc,
                        yearStart, date(m.dueDate())));
                for (Action a : m.actions()) {
                    LocalDate start = date(a.startDate());
                    out.add(new Item(a.id(), t.id(), 'A', place.orgId(), place.districtId(), place.seaId(), place.essa(), t.schoolYear(),
                            a.codes().isEmpty() ? mc : upper(a.codes()), start == null ? yearStart : start, date(a.dueDate())));
                }
            }
        }
        return out;
    }

    private static List<String> upper(List<String> codes) {
        return codes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.isBlank()) return null;
        try {
            return LocalDate.parse(iso.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Syncs every plan whose version differs from the one monitoring last saw, and forgets plans that are gone. */
    void catchUp() {
        try {
            java.util.Map<String, Long> known = new java.util.HashMap<>();
            for (Items.PlanRef p : items.plans()) known.put(p.planId(), p.version());
            int offset = 0;
            while (!Thread.currentThread().isInterrupted()) {
                List<Organization> page = orgs.find(new OrgQuery(null, null, null, OrgQuery.MAX_LIMIT, offset, null)).items();
                for (Organization o : page) {
                    for (Plan p : plans.forOrganization(o.id())) {
                        Long seen = known.remove(p.id());
                        if (seen == null || seen != (p.version() == null ? 0 : p.version())) sync(p.id());
                    }
                }
                if (page.size() < OrgQuery.MAX_LIMIT) break;
                offset += page.size();
            }
            if (!Thread.currentThread().isInterrupted()) for (String gone : known.keySet()) items.removePlan(gone);
        } catch (RuntimeException e) {
            LOG.warn("Monitoring could not catch up with the plans: {}", e.toString());
        }
    }
}
