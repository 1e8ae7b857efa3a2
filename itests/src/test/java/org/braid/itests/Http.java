package org.braid.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A small JSON client for Braid's REST API, as a script or a browser would use it. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status, ETag and the parsed body (a text node when it is not JSON). */
    record Reply(int status, String etag, String contentType, JsonNode body) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    /** The password of every demo user. */
    static final String DEMO_PASSWORD = "braid-demo";

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    Http(int port) {
        this.base = "http://localhost:" + port + "/api";
    }

    /** @return a client for the same Braid, signed in as this user (a bearer token, as scripts use) */
    Http as(String username, String password) {
        Http other = new Http(base);
        Reply r = other.post("/session", obj("username", username, "password", password));
        if (r.status() != 201) throw new AssertionError("sign-in of " + username + " failed: " + r.status() + " " + r.body());
        other.token = r.text("token");
        return other;
    }

    /** @return a client for another Braid (a node sharing this one's database) carrying this client's session */
    Http via(int port) {
        Http other = new Http(port);
        other.token = token;
        return other;
    }

    /** @return a client signed in as a demo user */
    Http as(String demoUser) {
        return as(demoUser, DEMO_PASSWORD);
    }

    private Http(String base) {
        this.base = base;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** @return the body of a GET as bytes (a PDF, say), whatever its status */
    byte[] bytes(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(30));
        if (token != null) b.header("Authorization", "Bearer " + token);
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply post(String path, Object body) {
        return send(json(path, body).POST(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    Reply put(String path, Object body, String ifMatch) {
        HttpRequest.Builder b = json(path, body).PUT(HttpRequest.BodyPublishers.ofString(text(body)));
        if (ifMatch != null) b.header("If-Match", ifMatch);
        return send(b);
    }

    Reply delete(String path, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
        if (ifMatch != null) b.header("If-Match", ifMatch);
        return send(b);
    }

    /** Sends raw bytes with any content type, for malformed-input tests. */
    Reply raw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return send(b);
    }

    /** @return the id of the organization with this name, among those this client sees */
    String orgId(String name) {
        for (JsonNode o : get("/orgs?q=" + name.replace(" ", "%20")).body().path("items")) {
            if (o.path("name").asText().equals(name)) return o.path("id").asText();
        }
        throw new AssertionError("no organization " + name + " visible");
    }

    /** Polls until the GET answer passes, or the timeout ends; returns the last answer. */
    Reply await(String path, Predicate<Reply> ok, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        Reply r = null;
        while (System.nanoTime() < end) {
            try {
                r = get(path);
                if (ok.test(r)) return r;
            } catch (RuntimeException notUpYet) {
                // connection refused while starting
            }
            Thread.sleep(100);
        }
        return r;
    }

    static ObjectNode obj(Object... keyValues) {
        ObjectNode n = JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) n.set((String) keyValues[i], JSON.valueToTree(keyValues[i + 1]));
        return n;
    }

    private HttpRequest.Builder json(String path, Object body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
    }

    private static String text(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Reply send(HttpRequest.Builder b) {
        if (token != null) b.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode body;
            try {
                body = type.startsWith("application/json") && !r.body().isEmpty() ? JSON.readTree(r.body()) : JSON.getNodeFactory().textNode(r.body());
            } catch (IOException e) {
                throw new AssertionError("invalid JSON from " + b.build().uri() + ": " + r.body(), e);
            }
            return new Reply(r.statusCode(), r.headers().firstValue("ETag").orElse(null), type, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
