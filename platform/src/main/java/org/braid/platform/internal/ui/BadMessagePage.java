package org.braid.platform.internal.ui;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.servlet.ServletRequest;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty answers a request it cannot parse (a malformed URI or header, an ambiguous path) itself,
 * before any filter or servlet sees it. This is the Jetty server's error handler for those answers:
 * Braid's security headers, and a JSON error that names the problem without repeating the request.
 * The only Jetty-specific class of Braid (Pax Web 8 runs Jetty 9.4).
 */
final class BadMessagePage extends ErrorHandler {

    /** Makes this the error handler of the Jetty server that serves the request, once. */
    static Server install(ServletRequest request) {
        Request base = Request.getBaseRequest(request);
        if (base == null || base.getHttpChannel() == null) return null;
        Server server = base.getHttpChannel().getServer();
        if (!(server.getErrorHandler() instanceof BadMessagePage)) server.setErrorHandler(new BadMessagePage());
        return server;
    }

    /** Puts back Jetty's own handler, so a stopped Braid leaves nothing of its classes in the server. */
    static void uninstall(Server server) {
        if (server != null && server.getErrorHandler() instanceof BadMessagePage) server.setErrorHandler(new ErrorHandler());
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        SecurityHeaders.API.forEach(fields::put);
        fields.put("Content-Type", "application/json;charset=utf-8");
        String what = switch (status) {
            case 414 -> "the URI is too long";
            case 431 -> "the request headers are too large";
            default -> "the request is malformed (its request line, a header or the path)";
        };
        return ByteBuffer.wrap(("{\"error\":\"" + what + "\",\"details\":[]}").getBytes(StandardCharsets.UTF_8));
    }
}
