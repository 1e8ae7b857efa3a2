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
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears every plan change in its transaction and brings the plan's items (and so the roll-up) up to date. Each time
 * planning's service appears (monitoring or planning turned on), each plan whose version moved since monitoring last
 * saw it is brought up to date in the background (so it starts at once, not when planning first asks for it). The
 * plan service is tracked, not injected: planning binds its listeners while its own store starts, so an injected
 * reference would be a cycle.
 */
@Component(service = {PlanListener.class, PlanSync.class}, immediate = true)
public class PlanSync implements PlanListener {
    private static final Logger LOG = LoggerFactory.getLogger(PlanSync.class);
    private final BundleContext context;
    private final ServiceTracker<PlanService, ServiceReference<PlanService>> tracker;
    private volatile PlanService plans;
    private final Items items;
    private final CalendarSettings calendar;
    private final OrganizationService orgs;
    private volatile Thread catchUp;

    @Activate
    public PlanSync(BundleContext context, @Reference Items items, @Reference CalendarSettings calendar, @Reference OrganizationService orgs) {
        this.context = context;
        this.items = items;
        this.calendar = calendar;
        this.orgs = orgs;
        // the service object is taken when first used, never here: this may run while planning's store is starting
        this.tracker = new ServiceTracker<>(context, PlanService.class, null) {
            @Override
            public ServiceReference<PlanService> addingService(ServiceReference<PlanService> ref) {
                // the thread is handed the reference: it may run before the tracker has finished adding it
                Thread t = new Thread(() -> catchUp(ref), "braid-monitoring-catch-up");
                t.setDaemon(true);
                catchUp = t;
                t.start();
                return ref;
            }

            @Override
            public void removedService(ServiceReference<PlanService> ref, ServiceReference<PlanService> tracked) {
                if (plans != null) {
                    plans = null;
                    context.ungetService(ref);
                }
            }
        };
        tracker.open();
    }

    /** @return planning's service while planning is on, else {@code null} */
    private PlanService planning() {
        PlanService p = plans;
        if (p != null || tracker == null) return p;
        ServiceReference<PlanService> ref = tracker.getService();
        if (ref == null) return null;
        p = context.getService(ref);
        plans = p;
        return p;
    }

    /** For tests: no catching up. */
    PlanSync(PlanService plans, Items items, CalendarSettings calendar) {
        this.context = null;
        this.plans = plans;
        this.items = items;
        this.calendar = calendar;
        this.orgs = null;
        this.tracker = null;
    }

    @Deactivate
    void stop() {
        if (tracker != null) tracker.close();
        Thread t = catchUp;
        if (t != null) t.interrupt();
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
        PlanService p = planning();
        if (p == null) return; // planning is going; its service is back before anything changes
        PlanTree t;
        try {
            t = p.tree(planId);
        } catch (NotFoundException e) {
            items.removePlan(planId);
            return;
        }
        items.syncPlan(new Items.PlanRef(t.id(), t.orgId(), t.schoolYear(), t.version() == null ? 0 : t.version()), items(t, items.counted(t.orgId())));
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

    /**
     * Syncs every plan whose version differs from the one monitoring last saw, and forgets plans that are gone; then
     * once more a little later. The second pass finds a plan whose transaction was still open during the first, and
     * whose event came before this listener was bound (both happen when planning and monitoring start together).
     */
    void catchUp(ServiceReference<PlanService> added) {
        PlanService p = planning();
        if (p == null && added != null) {
            p = context.getService(added);
            if (p == null) return; // planning went again
            plans = p;
        }
        if (p == null) return;
        try {
            pass(p);
            Thread.sleep(SECOND_PASS_MS);
            pass(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Monitoring could not catch up with the plans: {}", e.toString());
        }
    }

    static final long SECOND_PASS_MS = 10_000;

    private void pass(PlanService p) {
        java.util.Map<String, Long> known = new java.util.HashMap<>();
        for (Items.PlanRef ref : items.plans()) known.put(ref.planId(), ref.version());
        int offset = 0;
        while (!Thread.currentThread().isInterrupted()) {
            List<Organization> page = orgs.find(new OrgQuery(null, null, null, OrgQuery.MAX_LIMIT, offset, null)).items();
            for (Organization o : page) {
                for (Plan plan : p.forOrganization(o.id())) {
                    Long seen = known.remove(plan.id());
                    if (seen == null || seen != (plan.version() == null ? 0 : plan.version())) sync(plan.id());
                }
            }
            if (page.size() < OrgQuery.MAX_LIMIT) break;
            offset += page.size();
        }
        // not listed is not proof of gone (an organization added meanwhile shifts the pages): planning says
        if (!Thread.currentThread().isInterrupted()) for (String missing : known.keySet()) sync(missing);
    }
}
