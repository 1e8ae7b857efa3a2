import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists on a whole state (issue 16), through HTTP as a signed-in administrator sees them, with the JDK's HttpClient only:
 * <ul>
 * <li>{@code load}: a state written by {@code bench/monitoring/SyntheticState.java}, imported ({@code POST /api/import}):
 *   the SEA with one goal, every district's organizations, and the plans of the first {@code --plan-districts} districts
 *   only (a plan's import is slow), their strategies linked to the SEA's goal so the alignment has something to show;</li>
 * <li>{@code measure}: each list from {@code --clients} concurrent clients for {@code --seconds}, after a warm-up:
 *   requests per second and p50/p95/p99, one line each, also written to {@code --out} (tab-separated: list, req/s, p50, p95, p99, failed requests);
 *   {@code --lists a,c} measures only those; {@code --as state} signs in as the state's staff instead of the administrator.</li>
 * </ul>
 */
public final class ListsBench {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The SEA's goal every imported strategy serves (a fixed id, so runs compare). */
    static final String GOAL_ID = "6b1f0c7e-1d0a-4c39-9a51-5e7a3c2b9d10";

    final Map<String, String> o;
    final String base;
    final Path state;
    String token;

    ListsBench(Map<String, String> o) {
        this.o = o;
        base = o.getOrDefault("base", "http://localhost:18591") + "/api";
        state = Path.of(o.getOrDefault("state", "bench/lists/target/state"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String k = args[i].substring(2);
            o.put(k, i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
        }
        ListsBench b = new ListsBench(o);
        switch (args.length == 0 ? "" : args[0]) {
            case "load" -> { b.signIn(); b.load(); }
            case "measure" -> { b.signIn(); b.signInAsStateStaff(); b.measure(); }
            default -> throw new IllegalArgumentException("usage: ListsBench load|measure [--base URL] [--state DIR] [--password P] ...");
        }
    }

    void signIn() throws IOException, InterruptedException {
        String body = "{\"username\":\"admin\",\"password\":\"" + o.get("password") + "\"}";
        HttpResponse<String> r = send("POST", "/session", body);
        if (r.statusCode() != 201 && r.statusCode() != 200) throw new IllegalStateException("sign-in: " + r.statusCode() + " " + r.body());
        token = first("\"token\"\\s*:\\s*\"([^\"]+)\"", r.body());
    }

    /**
     * With {@code --as state}: the lists as the synthetic state's own staff see them (an account with the sea-staff role at
     * its SEA, made once by the administrator), whose scope is the SEA's subtree; the administrator's lists have no scope.
     */
    void signInAsStateStaff() throws IOException, InterruptedException {
        if (!"state".equals(o.get("as"))) return;
        String password = "lists-" + o.get("password") + "-measured";
        HttpResponse<String> made = send("POST", "/users", "{\"username\":\"bench-state-staff\",\"displayName\":\"State staff\",\"password\":\""
                + password + "\",\"orgId\":\"" + seaId() + "\",\"roles\":[\"sea-staff\"],\"assigned\":[]}");
        if (made.statusCode() != 201 && made.statusCode() != 409) throw new IllegalStateException("new user: " + made.statusCode() + " " + made.body());
        HttpResponse<String> r = send("POST", "/session", "{\"username\":\"bench-state-staff\",\"password\":\"" + password + "\"}");
        if (r.statusCode() != 201 && r.statusCode() != 200) throw new IllegalStateException("sign-in: " + r.statusCode() + " " + r.body());
        token = first("\"token\"\\s*:\\s*\"([^\"]+)\"", r.body());
        System.out.println("signed in as the state's staff (scope: the synthetic SEA)");
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(600)).header("Accept", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body != null) b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        else b.method(method, HttpRequest.BodyPublishers.noBody());
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send("GET", path, null);
        if (r.statusCode() != 200) throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
        return r.body();
    }

    void post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = send("POST", path, body);
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(400, r.body().length())));
        }
    }

    static String first(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(400, text.length())));
        return m.group(1);
    }

    // ------------------------------------------------------------------ load

    void load() throws Exception {
        int planDistricts = Integer.parseInt(o.getOrDefault("plan-districts", "3"));
        List<Path> docs;
        try (Stream<Path> s = Files.list(state.resolve("import"))) {
            docs = s.sorted().toList();
        }
        long t0 = System.nanoTime();
        String goal = "{\"orgId\":\"" + seaId() + "\",\"vision\":null,\"mission\":null,\"purpose\":null,\"glossary\":[],\"goals\":[{\"id\":\"" + GOAL_ID
                + "\",\"statement\":\"Every student reads on grade level by grade 3\",\"explanation\":null,\"measures\":[]}],\"version\":null}";
        post("/import", Files.readString(docs.get(0)).replace("\"directions\":[]", "\"directions\":[" + goal + "]"));
        int plans = 0;
        AtomicInteger imported = new AtomicInteger(1);
        for (Path doc : docs.subList(1, docs.size())) {
            String text = Files.readString(doc);
            boolean withPlans = Integer.parseInt(doc.getFileName().toString().substring(0, 4)) <= planDistricts;
            if (withPlans) {
                text = text.replace("\"goalIds\":[]", "\"goalIds\":[\"" + GOAL_ID + "\"]");
                plans += text.split("\"schoolYear\"", -1).length - 1;
            } else {
                text = organizationsOnly(text);
            }
            post("/import", text);
            if (imported.incrementAndGet() % 200 == 0) System.out.printf("  %d documents imported, %.0f s%n", imported.get(), (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("imported %d documents (all organizations, the plans of %d districts) in %.1f s%n", imported.get(), planDistricts,
                (System.nanoTime() - t0) / 1e9);
    }

    /** The document without its planning and monitoring sections (SyntheticState writes them last, after the core section). */
    static String organizationsOnly(String doc) {
        int at = doc.indexOf(",\"planning\":");
        return at < 0 ? doc : doc.substring(0, at) + "}}";
    }

    String seaId() throws IOException {
        return first("\"rootOrgId\":\"([^\"]+)\"", Files.readString(state.resolve("import/000-sea.json")));
    }

    // ------------------------------------------------------------------ measure

    void measure() throws Exception {
        int clients = Integer.parseInt(o.getOrDefault("clients", "16"));
        double seconds = Double.parseDouble(o.getOrDefault("seconds", "15"));
        String sea = seaId();
        // a district of middling size: District 0002's schools
        String district = first("\"id\":\"([^\"]+)\"", get("/orgs?type=LEA&q=District%200002&limit=1"));
        boolean asState = "state".equals(o.get("as"));
        if (asState) System.out.println("(e) is left out: the demo plan is in the demo state, outside the synthetic state's staff's scope");
        String demoPlan = asState ? null : demoPlan();
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("(a) schools, a page of 50", "/orgs?type=SCHOOL&limit=50");
        paths.put("(b) schools named like \"0117-\", a page of 50", "/orgs?type=SCHOOL&q=0117-&limit=50");
        paths.put("(c) a district's schools (parentId)", "/orgs?parentId=" + district + "&limit=50");
        paths.put("(d) goal alignment at the SEA", "/planning/goal-alignment?orgId=" + sea);
        if (demoPlan != null) paths.put("(e) a demo plan's whole read", "/planning/plans/" + demoPlan);
        String total = first("\"total\"\\s*:\\s*(\\d+)", get(paths.get("(a) schools, a page of 50")));
        long t = System.nanoTime();
        int serving = get(paths.get("(d) goal alignment at the SEA")).split("\"strategyId\"", -1).length - 1;
        System.out.printf("schools listed: total %s; strategies serving the SEA's goal: %d (one client, cold: %.0f ms); %d clients, %.0f s each after a %.0f s warm-up%n",
                total, serving, (System.nanoTime() - t) / 1e6, clients, seconds, seconds / 3);
        StringBuilder out = new StringBuilder();
        String only = o.get("lists"); // e.g. "a,c": only those lists
        for (Map.Entry<String, String> e : paths.entrySet()) {
            if (only != null && !Arrays.asList(only.split(",")).contains(e.getKey().substring(1, 2))) continue;
            run(e.getValue(), clients, seconds / 3); // warm-up: the JIT and the database's caches
            double[] r = run(e.getValue(), clients, seconds);
            double[] s = Arrays.copyOf(r, r.length - 1);
            Arrays.sort(s);
            if (s.length == 0) s = new double[] {Double.NaN};
            String line = String.format("%-48s %8.1f req/s  p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  n=%d%s", e.getKey(), r[r.length - 1], at(s, 50),
                    at(s, 95), at(s, 99), r.length - 1, errors.get() == 0 ? "" : "  FAILED " + errors.get());
            System.out.println(line);
            out.append(String.format("%s\t%.1f\t%.2f\t%.2f\t%.2f\t%d%n", e.getKey(), r[r.length - 1], at(s, 50), at(s, 95), at(s, 99), errors.get()));
        }
        if (o.containsKey("out")) Files.writeString(Path.of(o.get("out")), out);
    }

    /** A plan of the demo state: the first demo school with one (the demo SEA is the SEA that is not the synthetic one). */
    String demoPlan() throws Exception {
        String sea = seaId();
        Matcher seas = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(get("/orgs?type=SEA&limit=100"));
        while (seas.find()) {
            if (seas.group(1).equals(sea)) continue;
            Matcher leas = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(get("/orgs?parentId=" + seas.group(1) + "&limit=100"));
            while (leas.find()) {
                Matcher schools = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(get("/orgs?parentId=" + leas.group(1) + "&limit=100"));
                while (schools.find()) {
                    Matcher plan = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(get("/planning/plans?orgId=" + schools.group(1)));
                    if (plan.find()) return plan.group(1);
                }
            }
        }
        System.out.println("no demo plan found (start Braid with BRAID_DEMO=true): (e) is left out");
        return null;
    }

    /** Requests of the current run answered other than 200. */
    final AtomicInteger errors = new AtomicInteger();

    /** @return each request's milliseconds, then requests per second as the last element */
    double[] run(String path, int clients, double seconds) throws Exception {
        errors.set(0);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    List<Double> times = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            get(path);
                            times.add((System.nanoTime() - t) / 1e6);
                        } catch (IllegalStateException failed) { // an answer other than 200: counted, not timed
                            if (errors.getAndIncrement() == 0) System.out.println("  first failure: " + failed.getMessage());
                        }
                    }
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) all.addAll(f.get());
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double[] r = new double[all.size() + 1];
            for (int i = 0; i < all.size(); i++) r[i] = all.get(i);
            r[all.size()] = all.size() / elapsed;
            return r;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Nearest-rank percentile. */
    static double at(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
