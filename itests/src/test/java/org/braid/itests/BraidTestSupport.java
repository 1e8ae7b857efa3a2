package org.braid.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.*;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

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
        return anonymous.as(user);
    }
}
