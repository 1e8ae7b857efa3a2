package org.braid.platform.internal.web;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ProxyTrustTest {
    final ProxyTrust trust = new ProxyTrust("10.0.0.5, 10.0.0.6");

    @Test
    void forwardedProtoCountsOnlyFromATrustedProxy() {
        assertTrue(trust.secure(false, "10.0.0.5", "https"));
        assertTrue(trust.secure(false, "10.0.0.6", "HTTPS, http"));
        assertFalse(trust.secure(false, "203.0.113.9", "https"), "anyone else could say it");
        assertFalse(trust.secure(false, "10.0.0.5", "http"));
        assertFalse(trust.secure(false, "10.0.0.5", null));
        assertTrue(trust.secure(true, "203.0.113.9", null), "TLS to Braid itself");
        assertFalse(new ProxyTrust("").secure(false, "10.0.0.5", "https"), "no proxy trusted by default");
    }

    @Test
    void theClientIsTheNearestAddressThatIsNotATrustedProxy() {
        assertEquals("198.51.100.4", trust.client("10.0.0.5", "203.0.113.9, 198.51.100.4"), "the leftmost entries are the client's to forge");
        assertEquals("198.51.100.4", trust.client("10.0.0.5", "198.51.100.4, 10.0.0.6"));
        assertEquals("203.0.113.9", trust.client("203.0.113.9", "198.51.100.4"), "not from a trusted proxy: the connection's own");
        assertEquals("10.0.0.5", trust.client("10.0.0.5", null));
    }
}
