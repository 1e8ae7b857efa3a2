package org.braid.platform.internal.modules;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.braid.core.model.NotFoundException;
import org.braid.core.spi.ModuleDescriptor;
import org.braid.platform.store.Database;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows every installed module (bundles with the {@code Braid-Module} header), whether an
 * administrator turned it on, and whether it is running. Turning a module off stops its bundles;
 * the choice is kept in the database, so it survives a restart and follows the data directory. Every
 * {@link #POLL_SECONDS} seconds it reads the stored choices again (one small query) and applies any that
 * changed since, so a module turned off or on at one node follows at every node sharing the database.
 */
@Component(service = ModuleRegistry.class)
public class ModuleRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);

    /** How often the stored choices are read again: a change at another node applies here within this time. */
    static final int POLL_SECONDS = 2;

    private final Database db;
    private final Map<String, ModuleDescriptor> running = new ConcurrentHashMap<>();
    private final Map<String, List<Bundle>> bundles = new ConcurrentHashMap<>();
    private final ScheduledExecutorService enforcer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "braid-modules"));
    private final BundleTracker<String> tracker;
    /** The stored choices as last read; only the poll, on the enforcer's thread, uses it. */
    private Map<String, Boolean> lastRead;

    @Activate
    public ModuleRegistry(BundleContext context, @Reference Database db) {
        this.db = db;
        this.lastRead = enabledFlags();
        this.tracker = new BundleTracker<>(context, Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                String id = bundle.getHeaders().get(ModuleDescriptor.HEADER);
                if (id == null) return null;
                bundles.computeIfAbsent(id.strip(), k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(bundle);
                enforcer.execute(() -> enforce(id.strip()));
                return id.strip();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String id) {
                List<Bundle> list = bundles.get(id);
                if (list != null) list.remove(bundle);
            }
        };
        tracker.open();
        enforcer.scheduleWithFixedDelay(this::follow, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Applies every stored choice that changed since the last read: made at another node, or at this one (already applied
     * here, so applying it again changes nothing). Comparing with the last read, not with the bundles, leaves alone a
     * bundle someone stopped by hand in the console.
     */
    private void follow() {
        try {
            Map<String, Boolean> now = enabledFlags();
            for (var e : now.entrySet()) {
                if (e.getValue().equals(lastRead.get(e.getKey()))) continue;
                LOG.info("module {} is turned {} in the store; applying it here", e.getKey(), e.getValue() ? "on" : "off");
                apply(e.getKey(), e.getValue());
            }
            lastRead = now;
        } catch (RuntimeException e) {
            LOG.warn("could not read the stored module choices: {}", e.toString()); // tried again at the next poll
        }
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        enforcer.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ModuleDescriptor d) {
        running.put(d.id(), d);
    }

    void removeModule(ModuleDescriptor d) {
        running.remove(d.id(), d);
    }

    /** @return every installed module, by id */
    public List<ModuleStatus> modules() {
        Map<String, Boolean> enabled = enabledFlags();
        List<ModuleStatus> out = new ArrayList<>();
        for (var e : bundles.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            out.add(status(e.getKey(), e.getValue(), enabled.getOrDefault(e.getKey(), true)));
        }
        out.sort(Comparator.comparing(ModuleStatus::id));
        return out;
    }

    /** @throws NotFoundException when no such module is installed */
    public ModuleStatus module(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("module", id));
    }

    /** @return the bundles of a module (those with its {@code Braid-Module} header), none when it is not installed */
    List<Bundle> bundlesOf(String id) {
        return List.copyOf(bundles.getOrDefault(id, List.of()));
    }

    /**
     * @return when the module's bundles were last installed or updated (milliseconds): the version a removal names
     * @throws NotFoundException when no such module is installed
     */
    public long installedAt(String id) {
        return bundlesOf(id).stream().mapToLong(Bundle::getLastModified).max().orElseThrow(() -> new NotFoundException("module", id));
    }

    /**
     * Turns a module on or off now and for later starts.
     *
     * @return its status afterwards
     */
    public ModuleStatus setEnabled(String id, boolean on) {
        module(id);
        db.transaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM braid_module WHERE id = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO braid_module (id, enabled) VALUES (?, ?)")) {
                del.setString(1, id);
                del.executeUpdate();
                ins.setString(1, id);
                ins.setBoolean(2, on);
                ins.executeUpdate();
            }
            return null;
        });
        apply(id, on);
        LOG.info("module {} turned {}", id, on ? "on" : "off");
        return module(id);
    }

    private ModuleStatus status(String id, List<Bundle> list, boolean enabled) {
        ModuleDescriptor d = running.get(id);
        Bundle first = list.get(0);
        String name = Optional.ofNullable(d).map(ModuleDescriptor::name).orElse(first.getHeaders().get("Bundle-Name"));
        String version = Optional.ofNullable(d).map(ModuleDescriptor::version).orElse(first.getVersion().toString());
        String state;
        if (d != null && list.stream().allMatch(b -> b.getState() == Bundle.ACTIVE)) state = "ACTIVE";
        else if (!enabled) state = "DISABLED";
        else state = list.stream().anyMatch(b -> b.getState() == Bundle.ACTIVE || b.getState() == Bundle.STARTING) ? "STARTING" : "STOPPED";
        return new ModuleStatus(id, name, version, state, enabled, false);
    }

    /** Brings a module's bundles in line with its stored choice; runs off the framework's event thread. */
    private void enforce(String id) {
        try {
            Boolean on = enabledFlags().get(id);
            if (on != null) apply(id, on);
        } catch (RuntimeException e) {
            LOG.warn("could not apply the stored state of module {}", id, e);
        }
    }

    private void apply(String id, boolean on) {
        for (Bundle b : bundles.getOrDefault(id, List.of())) {
            try {
                if (on && b.getState() != Bundle.ACTIVE) b.start(Bundle.START_TRANSIENT);
                if (!on && (b.getState() == Bundle.ACTIVE || b.getState() == Bundle.STARTING)) b.stop(Bundle.STOP_TRANSIENT);
            } catch (BundleException | IllegalStateException e) {
                LOG.error("could not turn module {} {}", id, on ? "on" : "off", e);
            }
        }
    }

    private Map<String, Boolean> enabledFlags() {
        return db.transaction(c -> {
            Map<String, Boolean> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, enabled FROM braid_module"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getBoolean(2));
            }
            return out;
        });
    }
}
