package org.braid.platform.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.braid.core.spi.CodingFramework;
import org.junit.jupiter.api.Test;

/** The shipped framework file reads under Braid's strict JSON configuration. */
class FourDomainsTest {
    @Test
    void theFourDomainsFileReadsStrictly() {
        CodingFramework f = new FourDomains().framework();
        assertEquals("four-domains", f.id());
        assertEquals("2017", f.source().year());
        assertEquals(4, f.domains().size());
        assertEquals(12, f.domains().stream().mapToInt(d -> d.practices().size()).sum());
    }
}
