package org.braid.platform.internal.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.kar.KarService;
import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.braid.platform.store.Database;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs a module's KAR into the running Braid and uninstalls it, through Karaf's own KAR service (the one behind
 * {@code kar:install} and the {@code deploy/} folder), so a module installed over HTTP is stored and restarted exactly as
 * one an operator installs. The KAR is kept in Braid's store too, so every node sharing it installs and uninstalls
 * the module within seconds. The KAR is stored under the module's id, which is how it is found to uninstall it. Karaf
 * logs and skips a feature it cannot install; this class checks that the module runs, and otherwise uninstalls what
 * was installed and says why.
 */
@Component(service = ModuleInstaller.class)
public class ModuleInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleInstaller.class);
    /** The feature of every standard module: those are turned off, never uninstalled. */
    static final String STANDARD_FEATURE = "braid";
    /** How long an installed module may take to start before its state is answered as it is. */
    static final long START_MILLIS = 30_000;

    private final KarService kars;
    private final FeaturesService features;
    private final ModuleRegistry registry;
    private final SharedKars shared;
    /** The modules this node installed from the store or over HTTP (kept in the bundle's data across restarts). */
    private final LocalIds fromStore;
    /** The KARs (id@sha256) this node could not install: not tried again until they change. */
    private final Set<String> failed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "braid-module-kars"));

    @Activate
    public ModuleInstaller(BundleContext context, @Reference KarService kars, @Reference FeaturesService features,
            @Reference ModuleRegistry registry, @Reference Database db) {
        this.kars = kars;
        this.features = features;
        this.registry = registry;
        this.shared = new SharedKars(db);
        this.fromStore = new LocalIds(context.getDataFile("modules-from-store.txt").toPath());
        follower.scheduleWithFixedDelay(this::follow, 1, ModuleRegistry.POLL_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        follower.shutdownNow();
        follower.awaitTermination(30, TimeUnit.SECONDS); // an install under way ends before Karaf's services go
    }

    /**
     * Installs a module here and keeps its KAR in the store, from where every other node installs it too.
     *
     * @param kar the KAR file as uploaded
     * @return the module's state once it runs (or once it is stopped, if an administrator had turned it off)
     * @throws ValidationException on {@code body} when the file is not a module's KAR or the module does not start;
     *                             nothing of it stays installed then
     * @throws ConflictException   when the module is installed already
     */
    public synchronized ModuleStatus install(byte[] kar) throws Exception {
        KarFile file = KarFile.read(kar);
        String id = file.moduleId();
        if (kars.list().contains(id) || !registry.bundlesOf(id).isEmpty() || shared.stored().get(id) != null) {
            throw new ConflictException("body", "module " + id + " is installed already: uninstall it first (DELETE /api/admin/modules/" + id + ")");
        }
        ModuleStatus status = installHere(file, kar);
        try {
            shared.keep(id, kar);
            fromStore.add(id);
        } catch (RuntimeException e) {
            undo(id); // not kept for the other nodes: not installed at all
            throw e;
        }
        LOG.info("module {} installed from its KAR", id);
        return status;
    }

    /** Installs a KAR at this node and checks that its module runs; on failure, undoes it and says why. */
    private ModuleStatus installHere(KarFile file, byte[] kar) throws Exception {
        String id = file.moduleId();
        Path dir = Files.createTempDirectory("braid-kar");
        Path copy = dir.resolve(id + ".kar"); // Karaf names a KAR after its file
        try {
            Files.write(copy, kar);
            // no refresh: installing a module never restarts the bundles already running (this request's among them)
            kars.install(copy.toUri(), false, true);
        } catch (Exception e) {
            LOG.warn("KAR of module {} could not be installed", id, e);
            undo(id);
            throw new ValidationException("body", "could not be installed: " + brief(e));
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(dir);
        }
        String problem = problem(file);
        if (problem != null) {
            undo(id);
            throw new ValidationException("body", problem);
        }
        ModuleStatus status = awaitStart(id);
        if (status.state().equals("STOPPED")) {
            // Karaf started the bundles when it installed the feature: one that is not running failed to start
            String bundle = registry.bundlesOf(id).stream().filter(b -> b.getState() != Bundle.ACTIVE).map(Bundle::getSymbolicName).findFirst().orElse(id);
            undo(id);
            throw new ValidationException("body", "bundle " + bundle + " of module " + id + " did not start; see the log");
        }
        return status;
    }

    /**
     * Uninstalls a module's KAR; its data stays in the store, for when it is installed again.
     *
     * @param expected the version the caller saw ({@link ModuleRegistry#installedAt})
     * @throws NotFoundException when no such module is installed
     * @throws ConflictException when it is a standard module, or was not installed from a KAR under its id
     */
    public synchronized void uninstall(String id, long expected) throws Exception {
        long current = registry.installedAt(id);
        if (!removable(id)) {
            if (standard(id)) {
                throw new ConflictException("id", "module " + id + " is part of Braid's standard feature and cannot be uninstalled; "
                        + "turn it off instead (PUT /api/admin/modules/" + id + " {\"enabled\": false})");
            }
            throw new ConflictException("id", "module " + id + " was not installed from a KAR named " + id + ".kar; if it was dropped "
                    + "into deploy/, remove its file from there");
        }
        if (expected != current) throw new StaleVersionException("module", id, expected, current);
        shared.forget(id);
        kars.uninstall(id, true);
        fromStore.remove(id);
        LOG.info("module {} uninstalled; its data stays in the store", id);
    }

    /**
     * Brings this node in line with the KARs kept in the store: installs those installed at another node (or before
     * this node first started) and uninstalls those uninstalled elsewhere. A KAR that fails here is logged once and
     * left until it changes; a module dropped into this node's {@code deploy/} folder is this node's own and left alone.
     */
    synchronized void follow() {
        Map<String, String> stored;
        try {
            stored = shared.stored();
        } catch (RuntimeException e) {
            LOG.warn("could not read the modules kept in the store: {}", e.toString()); // tried again at the next poll
            return;
        }
        for (Map.Entry<String, String> e : stored.entrySet()) {
            String id = e.getKey(), sha = e.getValue();
            try {
                boolean here = kars.list().contains(id);
                if (sha != null && !here && failed.add(id + "@" + sha)) {
                    LOG.info("module {} was installed at another node; installing it here", id);
                    byte[] kar = shared.kar(id);
                    installHere(KarFile.read(kar), kar);
                    fromStore.add(id);
                    failed.remove(id + "@" + sha);
                } else if (sha == null && here && fromStore.contains(id)) {
                    LOG.info("module {} was uninstalled at another node; uninstalling it here", id);
                    kars.uninstall(id, true);
                    fromStore.remove(id);
                }
            } catch (Exception x) {
                LOG.warn("could not bring module {} in line with the store: {}", id, brief(x));
            }
        }
    }

    /** @return whether the module was installed from a KAR under its id (over HTTP, or as {@code deploy/<id>.kar}) */
    public boolean removable(String id) {
        try {
            return kars.list().contains(id);
        } catch (Exception e) {
            return false;
        }
    }

    /** @return why the module of a KAR just installed does not run, or {@code null} when it does (or is turned off) */
    private String problem(KarFile file) {
        for (KarFile.Feature f : file.features()) {
            try {
                Feature installed = features.getFeature(f.name(), f.version());
                if (installed != null && features.isInstalled(installed)) continue;
                // Karaf only logged the failure: resolving it again, without installing, gives its reason
                features.installFeature(f.name(), f.version(), EnumSet.of(FeaturesService.Option.Simulate, FeaturesService.Option.NoAutoRefreshBundles));
                return "feature " + f.name() + " did not install; see the log";
            } catch (Exception e) {
                return "feature " + f.name() + " does not install: " + brief(e);
            }
        }
        List<Bundle> bundles = registry.bundlesOf(file.moduleId());
        if (bundles.isEmpty()) return "none of its features installs the bundle of module " + file.moduleId();
        for (Bundle b : bundles) {
            if (b.getState() == Bundle.INSTALLED) return "bundle " + b.getSymbolicName() + " does not resolve: a package or service it needs is missing";
        }
        return null;
    }

    /** Waits (a bounded time) while the module's bundles run but its components are not up yet, and answers its state. */
    private ModuleStatus awaitStart(String id) throws InterruptedException {
        long until = System.currentTimeMillis() + START_MILLIS;
        ModuleStatus s = registry.module(id);
        while (s.state().equals("STARTING") && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            s = registry.module(id);
        }
        return s;
    }

    /** Uninstalls whatever part of a module's KAR got installed, so a failed install leaves Braid as it was. */
    private void undo(String id) {
        try {
            if (kars.list().contains(id)) kars.uninstall(id, true);
        } catch (Exception e) {
            LOG.warn("could not uninstall the KAR of module {}", id, e);
        }
        // a feature whose bundles failed to start may be left half-installed: its module's own bundles go too
        for (Bundle b : registry.bundlesOf(id)) {
            try {
                b.uninstall();
            } catch (BundleException | IllegalStateException e) {
                LOG.warn("could not uninstall bundle {} of module {}", b.getSymbolicName(), id, e);
            }
        }
    }

    /** @return whether the module's bundles come with the standard {@code braid} feature */
    boolean standard(String id) {
        Set<String> locations = new HashSet<>();
        try {
            Deque<Feature> todo = new ArrayDeque<>();
            Feature braid = features.getFeature(STANDARD_FEATURE);
            if (braid != null) todo.add(braid);
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                Feature f = todo.pop();
                if (!seen.add(f.getId())) continue;
                for (BundleInfo b : f.getBundles()) locations.add(b.getLocation());
                for (Dependency d : f.getDependencies()) todo.addAll(List.of(features.getFeatures(d.getName(), d.getVersion())));
            }
        } catch (Exception e) {
            LOG.warn("could not read the standard feature", e);
        }
        return registry.bundlesOf(id).stream().anyMatch(b -> locations.contains(b.getLocation()));
    }

    /**
     * The first line of a failure's message, short enough for an answer; of a resolution failure, its innermost cause
     * (the missing package or bundle), which Karaf nests last.
     */
    static String brief(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        if (nl > 0) m = m.substring(0, nl);
        int cause = m.lastIndexOf("[caused by: ");
        if (cause >= 0) m = m.substring(cause + "[caused by: ".length()).replaceAll("]+$", "");
        return m.length() > 600 ? m.substring(0, 600) + "…" : m;
    }
}
