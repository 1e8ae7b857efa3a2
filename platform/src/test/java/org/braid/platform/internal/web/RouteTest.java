package org.braid.platform.internal.web;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.junit.jupiter.api.Test;

class RouteTest {

    static Route route(String path) {
        return Route.of("m", Operation.get(path, "x", Access.signedIn(), req -> ApiReply.ok("")));
    }

    @Test
    void aParameterMatchesOneNonEmptySegment() {
        Route r = route("/m/things/{id}");
        assertEquals(Map.of("id", "abc"), r.match(Route.split("/m/things/abc")));
        assertNull(r.match(Route.split("/m/things/")));
        assertNull(r.match(Route.split("/m/things/abc/more")));
    }

    @Test
    void aParameterWithASuffixMatchesOnlyThatSuffixAndWinsOverABareOne() {
        Route svg = route("/m/things/{id}.svg"), bare = route("/m/things/{id}");
        assertEquals(Map.of("id", "abc"), svg.match(Route.split("/m/things/abc.svg")));
        assertNull(svg.match(Route.split("/m/things/abc")));
        assertNull(svg.match(Route.split("/m/things/.svg")));
        assertTrue(svg.specificity() > bare.specificity());
        assertTrue(route("/m/things/list").specificity() > svg.specificity());
        assertEquals("id", Route.name("{id}.svg"));
    }
}
