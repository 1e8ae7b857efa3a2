package org.braid.platform.internal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a reverse proxy says about the client, believed only when the request comes from a proxy
 * the administrator named ({@link WebConfig#trustedProxies()}): anyone else could send the same
 * headers to get a Secure cookie on plain HTTP or to pose as another address.
 */
final class ProxyTrust {
    private final Set<String> proxies;

    /** @param addresses comma-separated proxy addresses, or empty */
    ProxyTrust(String addresses) {
        this.proxies = Arrays.stream(addresses == null ? new String[0] : addresses.split("[,\\s]+"))
                .map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param tls            whether the connection to Braid itself is TLS
     * @param remoteAddress  the address the connection comes from
     * @param forwardedProto the {@code X-Forwarded-Proto} header, or {@code null}
     * @return whether the client reached Braid over TLS
     */
    boolean secure(boolean tls, String remoteAddress, String forwardedProto) {
        if (tls) return true;
        if (forwardedProto == null || !proxies.contains(remoteAddress)) return false;
        return first(forwardedProto).toLowerCase(Locale.ROOT).equals("https");
    }

    /**
     * @param forwardedFor the {@code X-Forwarded-For} header, or {@code null}
     * @return the client's address: from a trusted proxy, the nearest address in the header that is not itself a
     *         trusted proxy; else the connection's own
     */
    String client(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || !proxies.contains(remoteAddress)) return remoteAddress;
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.contains(hops.get(i))) return hops.get(i).length() > 64 ? remoteAddress : hops.get(i);
        }
        return remoteAddress;
    }

    private static String first(String header) {
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).strip();
    }
}
