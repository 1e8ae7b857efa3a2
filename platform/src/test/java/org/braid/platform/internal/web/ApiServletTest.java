package org.braid.platform.internal.web;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ApiServletTest {

    @Test
    void onlyApplicationJsonIsJsonWhateverItsParameters() {
        assertTrue(ApiServlet.isJson("application/json"));
        assertTrue(ApiServlet.isJson("application/json; charset=utf-8"));
        assertTrue(ApiServlet.isJson("Application/JSON;charset=UTF-8"));
        assertFalse(ApiServlet.isJson("application/json-x"));
        assertFalse(ApiServlet.isJson("application/jsonp"));
        assertFalse(ApiServlet.isJson("application/json+evil; charset=utf-8"));
        assertFalse(ApiServlet.isJson("text/plain"));
        assertFalse(ApiServlet.isJson(null));
    }
}
