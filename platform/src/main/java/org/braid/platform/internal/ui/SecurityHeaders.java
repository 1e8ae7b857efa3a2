package org.braid.platform.internal.ui;

import java.io.IOException;
import java.util.Map;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Server;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security headers on everything Braid serves: only its own scripts and styles, never framed,
 * no MIME sniffing, no referrer. The API sets a stricter policy of its own ({@link #API}), which also
 * goes on the answers Jetty writes itself to requests it cannot parse ({@link BadMessagePage}).
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("braid-security-headers")
@HttpWhiteboardFilterPattern("/*")
public class SecurityHeaders implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityHeaders.class);
    /** The headers of every API answer, including those Jetty writes itself. */
    public static final Map<String, String> API = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    private volatile boolean jettyDone;
    private volatile Server jetty;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!jettyDone) installBadMessagePage(request);
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                + "form-action 'self'; frame-ancestors 'none'");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }

    /** On the first request, when the Jetty server is at hand; Braid still serves without Jetty. */
    private void installBadMessagePage(ServletRequest request) {
        jettyDone = true;
        try {
            jetty = BadMessagePage.install(request);
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("cannot give the web server's own error pages Braid's security headers: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        try {
            BadMessagePage.uninstall(jetty);
        } catch (LinkageError | RuntimeException e) {
            LOG.debug("web server gone", e);
        }
    }
}
