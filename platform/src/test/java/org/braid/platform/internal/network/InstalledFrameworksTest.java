package org.braid.platform.internal.network;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;

import org.braid.core.spi.CodingFramework;
import org.junit.jupiter.api.Test;

class InstalledFrameworksTest {
    final InstalledFrameworks frameworks = new InstalledFrameworks();

    static CodingFramework framework(String id) {
        return new CodingFramework(id, id, "1", null, List.of());
    }

    void choose(String id) {
        frameworks.configure(new FrameworksConfig() {
            @Override
            public String active() {
                return id;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return FrameworksConfig.class;
            }
        });
    }

    @Test
    void theChosenFrameworkIsInForceWhileItIsInstalled() {
        assertEquals(Optional.empty(), frameworks.active());
        frameworks.addProvider(() -> framework("state-rubric"));
        frameworks.addProvider(new FourDomains());
        assertEquals("four-domains", frameworks.active().orElseThrow().id(), "the Four Domains by default");
        choose("state-rubric");
        assertEquals("state-rubric", frameworks.active().orElseThrow().id());
        choose("not-installed");
        assertEquals("four-domains", frameworks.active().orElseThrow().id(), "else the first installed by id");
        assertEquals(List.of("four-domains", "state-rubric"), frameworks.installed().stream().map(CodingFramework::id).toList());
    }
}
