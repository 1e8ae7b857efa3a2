package org.braid.monitoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworks;
import org.braid.core.spi.Crosswalk;
import org.junit.jupiter.api.Test;

class FrameworksTest {
    /** The network uses the Four Domains; district lea2 (and its schools) chose the state's own priorities. */
    static final CodingFrameworks CHOSEN = new CodingFrameworks() {
        @Override
        public List<CodingFramework> installed() {
            return RollupTest.FRAMEWORKS.installed();
        }

        @Override
        public Optional<CodingFramework> active() {
            return Optional.of(RollupTest.FOUR_DOMAINS);
        }

        @Override
        public Optional<CodingFramework> activeFor(String orgId) {
            return Optional.of(orgId.equals("lea2") || orgId.equals("s3") ? RollupTest.PRIORITIES : RollupTest.FOUR_DOMAINS);
        }

        @Override
        public Optional<Crosswalk> crosswalk(String from, String to) {
            return RollupTest.FRAMEWORKS.crosswalk(from, to);
        }
    };

    @Test
    void withoutAFrameworkTheRollupIsShownInTheOneTheOrganizationUses() {
        Frameworks frameworks = new Frameworks(CHOSEN);
        assertEquals("priorities", frameworks.view(null, "lea2").framework().id(), "the district's own choice");
        assertEquals("priorities", frameworks.view("", "s3").framework().id(), "its school's too");
        assertEquals("four-domains", frameworks.view(null, "lea1").framework().id(), "a district that chose nothing: the network's");
        assertEquals("four-domains", frameworks.view(null, "sea").framework().id());
        // Four Domains codes count in the district's priorities through the crosswalk
        assertEquals(List.of("P2"), frameworks.view(null, "lea2").keys("4C"));
        assertEquals("four-domains", frameworks.view("four-domains", "lea2").framework().id(), "a framework asked for wins");
    }
}
