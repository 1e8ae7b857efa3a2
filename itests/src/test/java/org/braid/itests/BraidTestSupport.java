package org.braid.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.*;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * What every Pax Exam test of Braid shares: the assembled distribution (with its demo state) booted
 * on the test class's own HTTP port, and a client for it. Subclasses carry {@code @RunWith(PaxExam.class)}
 * and {@code @ExamReactorStrategy(PerClass.class)}, and a public constructor naming their port.
 */
public abstract class BraidTestSupport {
    /** The HTTP port of this class's Braid; each class has its own, so a Braid left over cannot answer for another. */
    protected final int port;
    /** A client without sign-in. */
    protected final Http anonymous;

    /**
     * A failed test prints the end of its container's log (warnings and errors): the container's folder is deleted
     * when the class ends, and what a module's components did is often the explanation.
     */
    @Rule
    public final TestWatcher containerLogOnFailure = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description d) {
            Path log = Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
            try {
                List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of("(no " + log + ")");
                System.out.println("--- the last lines of the container's log after " + d.getMethodName() + " failed:");
                lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.out::println);
                System.out.println("--- Braid's components that are not active:");
                inactiveComponents().forEach(System.out::println);
                System.out.println("---");
            } catch (IOException | RuntimeException ex) {
                System.out.println("the container's log could not be read: " + ex);
            }
        }
    };

    /** @return whether the API answered that no operation has this path at all (its module's routes are not there) */
    static boolean routeMissing(Http.Reply r) {
        return r.status() == 404 && "no such resource".equals(r.body().path("error").asText());
    }

    /** @return Braid's declarative services components that are enabled but not active, with what they wait for */
    static List<String> inactiveComponents() {
        Bundle probe = FrameworkUtil.getBundle(BraidTestSupport.class);
        if (probe == null || probe.getBundleContext() == null) return List.of("(not in the container)");
        BundleContext context = probe.getBundleContext();
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        if (ref == null) return List.of("(no service component runtime)");
        ServiceComponentRuntime scr = context.getService(ref);
        List<String> out = new ArrayList<>();
        try {
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
                if (!d.bundle.symbolicName.startsWith("org.braid") || !scr.isComponentEnabled(d)) continue;
                var configurations = scr.getComponentConfigurationDTOs(d);
                if (configurations.isEmpty()) out.add(d.name + ": no configuration (" + d.configurationPolicy + " " + String.join(",", d.configurationPid) + ")");
                for (ComponentConfigurationDTO c : configurations) {
                    if (c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.SATISFIED) continue;
                    StringBuilder why = new StringBuilder(d.name + ": state " + c.state);
                    for (var u : c.unsatisfiedReferences) why.append(", waits for ").append(u.name).append(' ').append(u.target == null ? "" : u.target);
                    if (c.failure != null) why.append(", failed: ").append(c.failure.lines().limit(3).reduce((a, b) -> a + " | " + b).orElse(""));
                    out.add(why.toString());
                }
            }
        } finally {
            context.ungetService(ref);
        }
        return out.isEmpty() ? List.of("(none)") : out;
    }

    protected BraidTestSupport(int port) {
        this.port = port;
        this.anonymous = new Http(port);
    }

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(
            karafDistributionConfiguration().frameworkUrl("file:" + new File(System.getProperty("braid.distribution")).getAbsolutePath())
                .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(port)),
            // the probe waits for Pax Exam's invoker, which starts after Braid's features: 10 s (the default) is too
            // short on a loaded machine, and the run then hangs instead of failing
            editConfigurationFilePut("etc/system.properties", "pax.exam.service.timeout", "120000"),
            editConfigurationFilePut("etc/system.properties", "org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT", "120000"),
            // the test methods run inside the container: tell them which store to expect
            editConfigurationFilePut("etc/system.properties", "braid.it.store", TestStore.name())));
        if (!TestStore.URL.isBlank()) {
            // PostgreSQL: a database of this class's own, written into etc/org.braid.store.cfg as an administrator would
            options.add(editConfigurationFilePut("etc/org.braid.store.cfg", "url", TestStore.newDatabase(getClass().getSimpleName())));
            options.add(editConfigurationFilePut("etc/org.braid.store.cfg", "user", TestStore.USER));
            options.add(editConfigurationFilePut("etc/org.braid.store.cfg", "password", TestStore.PASSWORD));
        }
        return options.toArray(new Option[0]);
    }

    /** @return a client signed in as the user, once Braid answers sign-ins (the demo users' password) */
    protected Http signedIn(String user) throws InterruptedException {
        anonymous.await("/session", x -> x.status() == 401, Duration.ofSeconds(60));
        awaitSettled();
        return anonymous.as(user);
    }

    /** Whether this container's components were seen settled; a container runs one test class, so once is enough. */
    private static volatile boolean settled;

    /**
     * Waits until every Braid component of the container is up and stays so for two seconds (at most a minute): Braid
     * answers sign-ins while the last modules' components are still being activated, and a test that starts then
     * meets a module half there (its routes missing for a moment).
     */
    private static void awaitSettled() throws InterruptedException {
        if (settled) return;
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int quiet = 0;
        List<String> last = List.of();
        while (quiet < 10 && System.nanoTime() < until) {
            last = inactiveComponents();
            quiet = last.equals(List.of("(none)")) || last.equals(List.of("(not in the container)")) ? quiet + 1 : 0;
            Thread.sleep(200);
        }
        if (quiet < 10) System.out.println("Braid's components did not settle within a minute; still not active: " + last);
        settled = true;
    }
}
