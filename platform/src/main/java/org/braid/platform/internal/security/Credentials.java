package org.braid.platform.internal.security;

import java.util.Locale;

import org.braid.core.rest.ApiRequest;

/** Where a request carries its session token: {@code Authorization: Bearer}, or the session cookie. */
public record Credentials(String token, boolean fromCookie) {
    public static final String COOKIE = "braid_session";

    /** @return the credentials sent, or {@code null} */
    public static Credentials of(ApiRequest req) {
        String auth = req.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) return new Credentials(auth.substring(7).strip(), false);
        String cookies = req.header("Cookie");
        if (cookies == null) return null;
        for (String part : cookies.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith(COOKIE + "=")) return new Credentials(p.substring(COOKIE.length() + 1), true);
        }
        return null;
    }
}
