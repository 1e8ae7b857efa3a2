package org.braid.core.spi;

import java.util.List;
import java.util.Optional;

/**
 * A framework of effective practices that strategies, milestones and actions are coded to, so that
 * plans across a network can be rolled up (interlaced) by domain and practice.
 */
public record CodingFramework(String id, String name, String version, Source source, List<Domain> domains) {

    /** @return the practice with this code, ignoring case */
    public Optional<Practice> practice(String code) {
        return domains.stream().flatMap(d -> d.practices().stream())
                .filter(p -> p.code().equalsIgnoreCase(code)).findFirst();
    }
}
