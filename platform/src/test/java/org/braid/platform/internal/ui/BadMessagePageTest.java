package org.braid.platform.internal.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.util.BufferUtil;
import org.junit.jupiter.api.Test;

class BadMessagePageTest {

    @Test
    void jettysOwnErrorAnswersGetTheHeadersAndAJsonBodyThatRepeatsNothing() {
        HttpFields fields = new HttpFields();
        String body = BufferUtil.toString(new BadMessagePage().badMessageError(400, "Illegal character in <script>alert(1)</script>", fields),
                StandardCharsets.UTF_8);
        assertEquals("nosniff", fields.get("X-Content-Type-Options"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", fields.get("Content-Security-Policy"));
        assertEquals("no-referrer", fields.get("Referrer-Policy"));
        assertEquals("no-store", fields.get("Cache-Control"));
        assertTrue(fields.get("Content-Type").startsWith("application/json"));
        assertTrue(body.startsWith("{\"error\":\"the request is malformed"), body);
        assertFalse(body.contains("script"));
    }
}
