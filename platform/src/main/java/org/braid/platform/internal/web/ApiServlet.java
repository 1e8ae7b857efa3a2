package org.braid.platform.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.braid.platform.internal.http.HttpProblem;
import org.braid.platform.internal.http.Json;
import org.braid.platform.internal.transfer.ExportDocument;
import org.braid.core.model.BraidException;
import org.braid.core.model.ConflictException;
import org.braid.core.model.ForbiddenException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.PreconditionRequiredException;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.braid.core.model.Violation;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.platform.internal.ui.SecurityHeaders;
import org.braid.platform.internal.store.StoreContention;
import org.braid.platform.store.Database;
import org.braid.platform.store.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of the REST API: finds the operation a {@link org.braid.core.rest.RestResource} declared for the
 * request, reads its body within the size limit, runs it in one transaction, and turns every
 * failure into a JSON error with the right 4xx (or a 500 that reveals nothing).
 */
@Component(service = Servlet.class, configurationPid = "org.braid.web")
@Designate(ocd = WebConfig.class)
@HttpWhiteboardServletName("braid-api")
@HttpWhiteboardServletPattern("/api/*")
public class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    /** JSON bodies above this are refused with 413 before they are read. */
    static final int MAX_BODY = 1 << 20;
    /** Binary bodies (an operation declaring {@code byte[]}, such as a module's KAR) above this are refused with 413. */
    static final int MAX_BINARY_BODY = 64 << 20;
    static final int MAX_DOCUMENT_BODY = 32 << 20;
    /** The media type of a binary body. */
    static final String OCTETS = "application/octet-stream";
    /** How often a request runs whose transaction lost to a concurrent one (deadlock, lock timeout, serialization failure). */
    static final int ATTEMPTS = 3;

    private final transient Routes routes;
    private final transient Database db;
    private final transient Gatekeeper gate;
    private transient volatile ProxyTrust proxies;

    @Activate
    public ApiServlet(@Reference Database db, @Reference Gatekeeper gate, @Reference RouteTable table, WebConfig config) {
        this.db = db;
        this.gate = gate;
        this.routes = table.routes();
        modified(config);
    }

    @Modified
    void modified(WebConfig config) {
        proxies = new ProxyTrust(config.trustedProxies());
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String requestId = UUID.randomUUID().toString();
        resp.setHeader("X-Request-Id", requestId);
        SecurityHeaders.API.forEach(resp::setHeader);
        try {
            ApiReply reply = dispatch(req);
            write(resp, reply, render(reply));
        } catch (BraidException e) {
            if (e instanceof HttpProblem p && p.status() == 401) resp.setHeader("WWW-Authenticate", "Bearer");
            if (e instanceof HttpProblem p && p.retryAfter() > 0) resp.setHeader("Retry-After", String.valueOf(p.retryAfter()));
            writeError(resp, status(e), e.getMessage(), e.violations(), null);
        } catch (RuntimeException | Error e) {
            HttpProblem busy = busy(e);
            if (busy != null) {
                LOG.warn("request {} {} {} refused: {}", requestId, req.getMethod(), req.getRequestURI(), e.getCause().getMessage());
                resp.setHeader("Retry-After", String.valueOf(busy.retryAfter()));
                writeError(resp, busy.status(), busy.getMessage(), busy.violations(), null);
                return;
            }
            LOG.error("request {} {} {} failed", requestId, req.getMethod(), req.getRequestURI(), e);
            writeError(resp, 500, "internal error; the administrator can find request " + requestId + " in the log", List.of(), requestId);
        }
    }

    private ApiReply dispatch(HttpServletRequest req) throws IOException {
        String method = req.getMethod();
        String info = req.getPathInfo() == null ? "/" : req.getPathInfo();
        List<String> path = Route.split(info);
        Routes.Match match = routes.find(method.equals("HEAD") ? "GET" : method, path);
        if (match == null) {
            Set<String> allowed = routes.methods(path);
            if (allowed.isEmpty()) throw new NotFoundException("resource", "/api" + info);
            throw new HttpProblem(405, "this method is not allowed here; use " + String.join(", ", allowed), List.of());
        }
        Operation op = match.route().operation();
        if (limit(op.requestBody()) > MAX_BODY) {
            // a large body (a module's KAR, an import document) is read only for a caller the operation admits, so nobody
            // else can make the server buffer one; such an operation's access rule does not look at its body
            HttpApiRequest unread = new HttpApiRequest(req, match.params(), new byte[0], proxies);
            db.transaction(c -> rethrowing(() -> gate.admit(op, unread, method, req.getHeader("Origin"), originOf(req, unread.secure()))));
        }
        byte[] body = op.requestBody() == null ? new byte[0] : readBody(req, op.requestBody());
        HttpApiRequest request = new HttpApiRequest(req, match.params(), body, proxies);
        return againOnContention(() -> handle(req, op, request, method, path, info));
    }

    /**
     * Runs a request's transaction; when it lost to a concurrent one (a deadlock, a lock timeout, a serialization failure)
     * it was rolled back whole, so it runs again as if it came a moment later, up to {@link #ATTEMPTS} times in all.
     */
    static <T> T againOnContention(java.util.function.Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (StoreContention e) {
                if (attempt == ATTEMPTS) throw e;
                LOG.debug("a transaction lost to a concurrent one (attempt {}); running it again", attempt);
                pause(attempt);
            }
        }
    }

    /** A moment, longer after each lost attempt and different for each request, so two that collided do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 50) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpProblem(503, "Braid is stopping; try again shortly", List.of(), 2);
        }
    }

    private ApiReply handle(HttpServletRequest req, Operation op, HttpApiRequest request, String method, List<String> path, String info) {
        return db.transaction(c -> rethrowing(() -> {
            Gatekeeper.Pass pass = gate.admit(op, request, req.getMethod(), req.getHeader("Origin"), originOf(req, request.secure()));
            // a create has no "before"; a change or a delete has the record as a GET of its path shows it
            if (pass.audited() && op.method().equals("DELETE") && request.ifMatch().isEmpty()) {
                // like an update, a removal names the version it saw, so a stale page cannot remove a record changed since
                throw new PreconditionRequiredException("send the version you are removing as an If-Match header (the ETag of your GET)");
            }
            // an operation audited under another path keeps no record in its entry, so none is read for it
            Object before = pass.audited() && !method.equals("POST") && op.auditedAs() == null ? current(path, request) : null;
            ApiReply reply = op.handler().handle(request);
            if (pass.audited() && reply.status() < 300) gate.audit(pass, op, "/api" + info, request, before, reply);
            return reply;
        }));
    }

    /** Runs a step that may throw any exception in a transaction: SQL and runtime exceptions pass as they are. */
    private static <T> T rethrowing(java.util.concurrent.Callable<T> step) throws java.sql.SQLException {
        try {
            return step.call();
        } catch (RuntimeException | java.sql.SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record as a GET of the same path shows it now: the "before" of an audited change. */
    private Object current(List<String> path, HttpApiRequest request) throws Exception {
        Routes.Match get = routes.find("GET", path);
        if (get == null) return null;
        try {
            return get.route().operation().handler().handle(request).body();
        } catch (BraidException notThere) {
            return null;
        }
    }

    /**
     * This server's own origin as the browser sees it, e.g. {@code https://braid.example.org} behind a
     * trusted TLS proxy (which passes the Host on), for the cross-site check.
     */
    private static String originOf(HttpServletRequest req, boolean secure) {
        String host = req.getHeader("Host");
        return (secure ? "https" : req.getScheme()) + "://" + (host == null ? req.getServerName() + ":" + req.getServerPort() : host);
    }

    /**
     * Reads the body within its limit: JSON for a record type, or the bytes as sent ({@code application/octet-stream})
     * for an operation that declares {@code byte[]}, such as a module's KAR.
     */
    private static byte[] readBody(HttpServletRequest req, Class<?> declared) throws IOException {
        boolean binary = declared == byte[].class;
        String expected = binary ? OCTETS : Operation.JSON;
        int limit = limit(declared);
        if (req.getContentLengthLong() > limit) throw tooLarge(limit);
        String type = req.getContentType();
        if (!isType(type, expected)) {
            throw new HttpProblem(415, "send the body as " + expected, List.of(new Violation("Content-Type",
                    type == null ? "is missing" : "must be " + expected + " (parameters such as charset allowed)")));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = req.getInputStream()) {
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > limit) throw tooLarge(limit);
            }
        }
        return out.toByteArray();
    }

    /**
     * @return a 503 when every pooled connection to the database stayed in use for the pool's whole wait (the pool's
     *         timeout), so the client tries again instead of reading an internal error; else null
     */
    static HttpProblem busy(Throwable e) {
        if (!(e instanceof StoreException) || !(e.getCause() instanceof java.sql.SQLTransientConnectionException)) return null;
        return new HttpProblem(503, "Braid is busy: every connection to the database is in use; try again shortly", List.of(), 2);
    }

    /**
     * @return the largest body the operation takes: 1 MiB of JSON, but an import document is a district's export with
     *         every module's records (tens of MiB) and a KAR a whole module
     */
    static int limit(Class<?> declared) {
        if (declared == byte[].class) return MAX_BINARY_BODY;
        return declared == ExportDocument.class ? MAX_DOCUMENT_BODY : MAX_BODY;
    }

    /** @return whether the media type is exactly {@code application/json}, whatever its parameters (e.g. charset) */
    static boolean isJson(String contentType) {
        return isType(contentType, Operation.JSON);
    }

    /** @return whether the media type is exactly the expected one, whatever its parameters */
    static boolean isType(String contentType, String expected) {
        if (contentType == null) return false;
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.equalsIgnoreCase(expected);
    }

    private static HttpProblem tooLarge(int limit) {
        return new HttpProblem(413, "the body is larger than " + (limit >> 10) + " KiB", List.of(new Violation("body", "too large")));
    }

    static int status(BraidException e) {
        if (e instanceof HttpProblem p) return p.status();
        if (e instanceof ValidationException) return 400;
        if (e instanceof ForbiddenException) return 403;
        if (e instanceof NotFoundException) return 404;
        if (e instanceof ConflictException) return 409;
        if (e instanceof StaleVersionException) return 412;
        if (e instanceof RuleViolationException) return 422;
        if (e instanceof PreconditionRequiredException) return 428;
        return 400;
    }

    /** The body as bytes, made before anything is sent, so a failure can still become a JSON error. */
    private static byte[] render(ApiReply reply) throws IOException {
        if (reply.body() == null) return null;
        if (reply.contentType() != null && !reply.contentType().startsWith(Operation.JSON)) {
            return reply.body() instanceof byte[] b ? b : String.valueOf(reply.body()).getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Json.MAPPER.writeValueAsBytes(reply.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        }
    }

    private static void write(HttpServletResponse resp, ApiReply reply, byte[] body) throws IOException {
        resp.setStatus(reply.status());
        reply.headers().forEach(resp::addHeader);
        if (reply.version() != null) resp.setHeader("ETag", "\"" + reply.version() + "\"");
        if (body == null) return;
        resp.setContentType(reply.contentType() != null && !reply.contentType().startsWith(Operation.JSON)
                ? reply.contentType() : "application/json;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static void writeError(HttpServletResponse resp, int status, String message, List<Violation> details,
            String requestId) throws IOException {
        if (resp.isCommitted()) return;
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("application/json;charset=utf-8");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("error", message);
        body.put("details", new ArrayList<>(details));
        if (requestId != null) body.put("requestId", requestId);
        resp.getOutputStream().write(Json.MAPPER.writeValueAsBytes(body));
    }
}
