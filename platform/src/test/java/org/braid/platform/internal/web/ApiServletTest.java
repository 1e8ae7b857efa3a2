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

    @Test
    void aBinaryBodyIsOctetsOnly() {
        assertTrue(ApiServlet.isType("application/octet-stream", ApiServlet.OCTETS));
        assertTrue(ApiServlet.isType("Application/Octet-Stream; name=x.kar", ApiServlet.OCTETS));
        assertFalse(ApiServlet.isType("application/json", ApiServlet.OCTETS));
        assertFalse(ApiServlet.isType("application/zip", ApiServlet.OCTETS));
    }

    @Test
    void aPoolThatStaysFullIsA503ToTryAgainNotAnInternalError() {
        var full = new org.braid.platform.store.StoreException("database error 08003",
                new java.sql.SQLTransientConnectionException("braid - Connection is not available, request timed out after 30000ms."));
        assertEquals(503, ApiServlet.busy(full).status());
        assertTrue(ApiServlet.busy(full).retryAfter() > 0);
        assertNull(ApiServlet.busy(new org.braid.platform.store.StoreException("database error 42X05", new java.sql.SQLException("no such table"))));
        assertNull(ApiServlet.busy(new IllegalStateException("a bug")));
    }
}
