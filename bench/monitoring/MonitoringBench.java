import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a synthetic state ({@code SyntheticState.java}) into a running Braid and measures monitoring through HTTP as a
 * signed-in user, with the JDK's HttpClient only:
 * <ul>
 * <li>{@code load}: the import documents ({@code POST /api/import}) one after the other, with the organizations, plans
 *   and status reports of a district each, the kept roll-up brought up to date by each import;</li>
 * <li>{@code measure}: the state-wide roll-up by practice, a whole plan's monthly batch, and single reports from 8
 *   concurrent clients, each with its percentiles; with {@code --whole-state}, also a whole plan's read and a district's
 *   export;</li>
 * <li>{@code groupby}: with Braid stopped, the same roll-up as one {@code GROUP BY} over the raw reports in the database
 *   that Braid just served ({@code --db DIR} for embedded Derby, or {@code --url --db-user --db-password} for any JDBC
 *   database, its driver on the class path), timed the same way.</li>
 * </ul>
 * With {@code --results FILE}, each figure is also appended to FILE as a {@code key value} line, for a table of several runs.
 */
public final class MonitoringBench {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Map<String, String> o;
    final String base;
    final Path state;
    /** Where the kept roll-up's last answer goes for the comparison: {@code --out}, else the state's folder. */
    final Path out;
    String token;

    MonitoringBench(Map<String, String> o) {
        this.o = o;
        base = o.getOrDefault("base", "http://localhost:18391") + "/api";
        state = Path.of(o.getOrDefault("state", "bench/monitoring/target/state"));
        out = Path.of(o.getOrDefault("out", state.toString()));
    }

    /** Appends a figure to {@code --results}, if given. */
    void result(String key, Object value) throws IOException {
        if (!o.containsKey("results")) return;
        Files.writeString(Path.of(o.get("results")), key + " " + value + "\n", java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    void result(String key, double[] ms, double... percentiles) throws IOException {
        double[] s = ms.clone();
        Arrays.sort(s);
        for (double p : percentiles) result(key + "_p" + (int) p, String.format("%.2f", at(s, p)));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String k = args[i].substring(2);
            o.put(k, i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
        }
        MonitoringBench b = new MonitoringBench(o);
        switch (args.length == 0 ? "" : args[0]) {
            case "load" -> { b.signIn(); b.load(); }
            case "measure" -> { b.signIn(); b.measure(); }
            case "groupby" -> b.groupBy();
            default -> throw new IllegalArgumentException("usage: MonitoringBench load|measure|groupby [--base URL] [--state DIR] ...");
        }
    }

    void signIn() throws IOException, InterruptedException {
        String body = "{\"username\":\"" + o.getOrDefault("user", "admin") + "\",\"password\":\"" + o.get("password") + "\"}";
        HttpResponse<String> r = send("POST", "/session", body, false);
        if (r.statusCode() != 201 && r.statusCode() != 200) throw new IllegalStateException("sign-in: " + r.statusCode() + " " + r.body());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) throw new IllegalStateException("no token in " + r.body());
        token = m.group(1);
    }

    HttpResponse<String> send(String method, String path, String body, boolean auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(600))
                .header("Accept", "application/json");
        if (auth) b.header("Authorization", "Bearer " + token);
        if (body != null) b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        else b.method(method, HttpRequest.BodyPublishers.noBody());
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Requests answered "another change ... try again" (409), retried as a client would; a measured latency includes its retries. */
    static final AtomicLong RETRIES = new AtomicLong();

    HttpResponse<String> expect(String method, String path, String body, int... ok) throws IOException, InterruptedException {
        HttpResponse<String> r = send(method, path, body, true);
        for (int attempt = 1; attempt <= 20 && r.statusCode() == 409 && r.body().contains("try again"); attempt++) {
            RETRIES.incrementAndGet();
            Thread.sleep(10L * attempt);
            r = send(method, path, body, true);
        }
        HttpResponse<String> answer = r;
        if (Arrays.stream(ok).noneMatch(s -> s == answer.statusCode())) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body().substring(0, Math.min(400, answer.body().length())));
        }
        return answer;
    }

    // ------------------------------------------------------------------ load

    /** Monitoring's operations must be served (run.sh starts Braid again when they did not come up). */
    void ensureMonitoring() throws Exception {
        if (send("GET", "/monitoring/status-reports?planId=none", null, true).body().contains("resource /api/monitoring")) {
            throw new IllegalStateException("monitoring's operations are not served");
        }
    }

    void load() throws Exception {
        ensureMonitoring();
        List<Path> docs;
        try (Stream<Path> s = Files.list(state.resolve("import"))) {
            docs = s.sorted().toList();
        }
        long t0 = System.nanoTime();
        expect("POST", "/import", Files.readString(docs.get(0)), 200, 201);
        // one document at a time: each is one long transaction (a district's plans and their reports), and two at once
        // would wait on the state's roll-up rows they share
        AtomicInteger imported = new AtomicInteger();
        AtomicLong reports = new AtomicLong();
        runAll(1, docs.subList(1, docs.size()), doc -> {
            String body = Files.readString(doc);
            expect("POST", "/import", body, 200, 201);
            for (int at = body.indexOf("\"reportedAt\""); at >= 0; at = body.indexOf("\"reportedAt\"", at + 1)) reports.incrementAndGet();
            if (imported.incrementAndGet() % 20 == 0) {
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("  %d of %d documents imported, %d status reports, %.0f s (%.0f reports/s)%n", imported.get(), docs.size() - 1, reports.get(),
                        s, reports.get() / s);
            }
            return null;
        });
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("imported %d documents (organizations, plans and %d status reports) in %.1f s (%.0f reports/s, %d retried after a 409)%n",
                docs.size(), reports.get(), s, reports.get() / s, RETRIES.getAndSet(0));
        result("import_s", String.format("%.1f", s));
        result("reports", reports.get());
        result("reports_per_s", String.format("%.0f", reports.get() / s));
    }

    /** One line of a reports file: the plan, and the batch body without the plan id. */
    record Batch(String planId, String body, int count, List<String> elementIds) {
        static final Pattern PLAN = Pattern.compile("^\\{\"planId\":\"([^\"]+)\",");
        static final Pattern PERIOD = Pattern.compile("\"period\":\"(\\d{4})-(\\d{2})\"");

        /** @return whether the batch's month falls in the school year (August to July) */
        boolean in(String schoolYear) {
            Matcher m = PERIOD.matcher(body);
            if (!m.find()) return false;
            int year = Integer.parseInt(m.group(1)), month = Integer.parseInt(m.group(2)), first = Integer.parseInt(schoolYear.substring(0, 4));
            return month >= 8 ? year == first : year == first + 1;
        }

        static final Pattern ELEMENT = Pattern.compile("\"elementId\":\"([^\"]+)\"");

        static Batch of(String line) {
            Matcher m = PLAN.matcher(line);
            if (!m.find()) throw new IllegalArgumentException("not a batch line: " + line.substring(0, Math.min(80, line.length())));
            List<String> ids = new ArrayList<>();
            Matcher e = ELEMENT.matcher(line);
            while (e.find()) ids.add(e.group(1));
            return new Batch(m.group(1), "{" + line.substring(m.end()), ids.size(), ids);
        }
    }

    interface Job<T> {
        Object run(T t) throws Exception;
    }

    static <T> void runAll(int threads, List<T> items, Job<T> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (T t : items) done.add(pool.submit(() -> job.run(t)));
            for (Future<Object> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ measure

    void measure() throws Exception {
        String year = o.getOrDefault("school-year", "2025-26");
        String sea = seaId();
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "200"));
        SplittableRandom random = new SplittableRandom(7);

        // the school year's plans and their actions, from the last month of each plan's lines (earlier years' plans are left out)
        Map<String, Batch> plans = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(state.resolve("reports"))) {
            for (Path f : s.sorted().toList()) for (String line : Files.readAllLines(f)) {
                Batch b = Batch.of(line);
                if (b.in(year)) plans.put(b.planId, b);
            }
        }
        List<Batch> planList = new ArrayList<>(plans.values());
        System.out.printf("state: %d plans; SEA %s; school year %s%n", planList.size(), sea, year);

        String rollup = "/monitoring/rollup?orgId=" + sea + "&by=practice&schoolYear=" + year;
        for (int i = 0; i < 20; i++) expect("GET", rollup, null, 200);
        double[] roll = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            expect("GET", rollup, null, 200);
            roll[i] = (System.nanoTime() - t) / 1e6;
        }
        print("state-wide roll-up by practice (GET /rollup)", roll);
        result("rollup", roll, 50, 95);

        // a whole plan's monthly report: a month after the generated ones, a different plan each round
        String period = o.getOrDefault("period", nextPeriod(year));
        Collections.shuffle(planList, new java.util.Random(11));
        int n = Math.min(rounds, planList.size());
        for (int i = 0; i < Math.min(10, n); i++) batch(planList.get(planList.size() - 1 - i), period, "ON_TRACK");
        double[] batchTimes = new double[n];
        int actions = 0;
        for (int i = 0; i < n; i++) {
            Batch p = planList.get(i);
            actions += p.count;
            long t = System.nanoTime();
            batch(p, period, random.nextBoolean() ? "ON_TRACK" : "OFF_TRACK");
            batchTimes[i] = (System.nanoTime() - t) / 1e6;
        }
        print(String.format("a whole plan's monthly report (POST batch, %.0f actions on average)", (double) actions / n), batchTimes);
        result("batch", batchTimes, 50, 99);
        result("batch_actions", String.format("%.0f", (double) actions / n));

        // single reports, 8 clients at once, each on its own actions
        int clients = Integer.parseInt(o.getOrDefault("clients", "8"));
        int perClient = Integer.parseInt(o.getOrDefault("single-rounds", "250"));
        List<double[]> times = Collections.synchronizedList(new ArrayList<>());
        List<Integer> who = new ArrayList<>();
        for (int c = 0; c < clients; c++) who.add(c);
        String singlePeriod = o.getOrDefault("single-period", period);
        List<Batch> targets = planList;
        try {
            // warm-up, as the other figures have: 25 reports per client through the same path, not counted
            singles(clients, 25, who, targets, singlePeriod, Collections.synchronizedList(new ArrayList<>()), false);
            singles(clients, perClient, who, targets, singlePeriod, times, true);
        } catch (Exception e) {
            System.out.println("single report (POST): FAILED: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        // the answer after every write, for the comparison with the GROUP BY on the same data
        Files.writeString(out.resolve("rollup-by-practice.json"), expect("GET", rollup, null, 200).body());
        if (o.containsKey("whole-state")) {
            planReads(planList, rounds);
            districtExport();
        }
    }

    /** A whole plan's tree, as the plan builder reads it: a different plan each round. */
    void planReads(List<Batch> planList, int rounds) throws Exception {
        int n = Math.min(rounds, planList.size());
        for (int i = 0; i < Math.min(10, n); i++) expect("GET", "/planning/plans/" + planList.get(planList.size() - 1 - i).planId, null, 200);
        double[] times = new double[n];
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            bytes += expect("GET", "/planning/plans/" + planList.get(i).planId, null, 200).body().length();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        print(String.format("a whole plan's read (GET /planning/plans/{id}, %.0f kB on average)", bytes / 1024.0 / n), times);
        result("plan_read", times, 50, 99);
    }

    /** The export of the district with the most schools (its organizations, plans, reports: every module's section). */
    void districtExport() throws Exception {
        Map<String, Integer> schools = new LinkedHashMap<>();
        Pattern root = Pattern.compile("\"rootOrgId\":\"([^\"]+)\""), school = Pattern.compile("\"type\":\"SCHOOL\"");
        try (Stream<Path> s = Files.list(state.resolve("import"))) {
            for (Path f : s.sorted().toList()) {
                String doc = Files.readString(f);
                Matcher m = root.matcher(doc);
                if (!m.find() || f.getFileName().toString().startsWith("000-")) continue;
                schools.merge(m.group(1), (int) school.matcher(doc).results().count(), Integer::sum);
            }
        }
        Map.Entry<String, Integer> largest = schools.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        int rounds = Integer.parseInt(o.getOrDefault("export-rounds", "5"));
        expect("GET", "/orgs/" + largest.getKey() + "/export", null, 200);
        double[] times = new double[rounds];
        long size = 0;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            size = expect("GET", "/orgs/" + largest.getKey() + "/export", null, 200).body().length();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        print(String.format("export of the largest district (GET /orgs/{id}/export, %d schools, %.1f MB)", largest.getValue(), size / 1048576.0), times);
        result("export", times, 50);
        result("export_max", String.format("%.2f", Arrays.stream(times).max().orElse(0)));
        result("export_schools", largest.getValue());
        result("export_mb", String.format("%.1f", size / 1048576.0));
    }

    void singles(int clients, int perClient, List<Integer> who, List<Batch> planList, String singlePeriod, List<double[]> times, boolean measured)
            throws Exception {
        long t0 = System.nanoTime();
        runAll(clients, who, c -> {
            SplittableRandom r = new SplittableRandom((measured ? 100 : 900) + c);
            double[] mine = new double[perClient];
            for (int i = 0; i < perClient; i++) {
                Batch p = planList.get(r.nextInt(planList.size()));
                String element = p.elementIds.get(r.nextInt(p.elementIds.size()));
                String body = "{\"elementId\":\"" + element + "\",\"period\":\"" + singlePeriod + "\",\"status\":\"" + (r.nextBoolean() ? "ON_TRACK" : "OFF_TRACK")
                        + "\",\"note\":\"bench\",\"evidence\":null,\"outputsCompleted\":[],\"spent\":" + (10 * r.nextInt(50)) + "}";
                long t = System.nanoTime();
                expect("POST", "/monitoring/status-reports", body, 200, 201);
                mine[i] = (System.nanoTime() - t) / 1e6;
            }
            times.add(mine);
            return null;
        });
        if (!measured) return;
        double wall = (System.nanoTime() - t0) / 1e9;
        double[] all = times.stream().flatMapToDouble(Arrays::stream).toArray();
        print(String.format("single report (POST), %d concurrent clients, %.0f reports/s", clients, all.length / wall), all);
        result("single", all, 50, 99);
        result("single_per_s", String.format("%.0f", all.length / wall));
        System.out.printf("requests retried after a 409 while measuring: %d%n", RETRIES.getAndSet(0));
    }

    String seaId() throws IOException {
        Matcher m = Pattern.compile("\"rootOrgId\":\"([^\"]+)\"").matcher(Files.readString(state.resolve("import/000-sea.json")));
        if (!m.find()) throw new IllegalStateException("no rootOrgId in the SEA's document");
        return m.group(1);
    }

    static String nextPeriod(String schoolYear) {
        return (Integer.parseInt(schoolYear.substring(0, 4)) + 1) + "-06";
    }

    void batch(Batch p, String period, String status) throws IOException, InterruptedException {
        StringBuilder b = new StringBuilder("{\"period\":\"").append(period).append("\",\"reports\":[");
        for (int i = 0; i < p.elementIds.size(); i++) {
            if (i > 0) b.append(',');
            b.append("{\"elementId\":\"").append(p.elementIds.get(i)).append("\",\"status\":\"").append(status)
                    .append("\",\"note\":null,\"evidence\":null,\"outputsCompleted\":[],\"spent\":null}");
        }
        expect("POST", "/monitoring/plans/" + p.planId + "/status-reports", b.append("]}").toString(), 200, 201);
    }

    // ------------------------------------------------------------------ the same answer by GROUP BY

    void groupBy() throws Exception {
        String url = o.containsKey("db") ? "jdbc:derby:" + o.get("db") : o.get("url");
        String sql = Files.readString(Path.of(o.getOrDefault("sql", "bench/monitoring/rollup-by-practice.sql")))
                .replace("${schoolYear}", o.getOrDefault("school-year", "2025-26")).replace("${today}", o.getOrDefault("today", java.time.LocalDate.now().toString()))
                .replace("${sea}", seaId());
        sql = sql.replaceAll("(?m)^--.*$", "").trim();
        if (sql.endsWith(";")) sql = sql.substring(0, sql.length() - 1);
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "20"));
        try (Connection c = o.containsKey("db-user") ? DriverManager.getConnection(url, o.get("db-user"), o.get("db-password")) : DriverManager.getConnection(url);
                Statement st = c.createStatement()) {
            double[] times = new double[rounds];
            StringBuilder answer = new StringBuilder();
            int warmup = Integer.parseInt(o.getOrDefault("warmup", "2"));
            for (int i = -warmup; i < rounds; i++) {
                answer.setLength(0);
                long t = System.nanoTime();
                try (ResultSet rs = st.executeQuery(sql)) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= cols; k++) answer.append(k > 1 ? "\t" : "").append(rs.getString(k));
                        answer.append('\n');
                    }
                }
                double ms = (System.nanoTime() - t) / 1e6;
                System.out.printf("  GROUP BY run %d: %.0f ms%n", i, ms);
                if (i >= 0) times[i] = ms;
            }
            print("the same roll-up by GROUP BY over the raw reports (JDBC, no HTTP)", times);
            result("groupby", times, 50, 95);
            Files.writeString(out.resolve("rollup-by-groupby.tsv"), answer);
            System.out.println("code\ttotal\tNOT_STARTED\tON_TRACK\tOFF_TRACK\tCOMPLETE\tCANCELLED\tNOT_REPORTED\toverdue");
            System.out.print(answer);
            compare(answer.toString());
        }
        if (!url.startsWith("jdbc:derby:")) return;
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby says it shut down with an exception
        }
    }

    static final String[] COLUMNS = {"total", "NOT_STARTED", "ON_TRACK", "OFF_TRACK", "COMPLETE", "CANCELLED", "NOT_REPORTED", "overdue"};

    /** Compares the GROUP BY rows with the kept roll-up's last answer (saved by {@code measure}), practice by practice. */
    void compare(String rows) throws IOException {
        Path kept = out.resolve("rollup-by-practice.json");
        if (!Files.exists(kept)) return;
        Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
        Matcher cell = Pattern.compile("\"key\":\"([^\"]+)\"[^{]*\"actions\":\\{([^}]*)\\}").matcher(Files.readString(kept));
        while (cell.find()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            Matcher kv = Pattern.compile("\"(\\w+)\":(\\d+)").matcher(cell.group(2));
            while (kv.find()) counts.put(kv.group(1), Long.parseLong(kv.group(2)));
            cells.put(cell.group(1), counts);
        }
        List<String> differences = new ArrayList<>();
        for (String line : rows.split("\n")) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            Map<String, Long> k = cells.getOrDefault(f[0].strip(), Map.of());
            for (int i = 0; i < COLUMNS.length; i++) {
                long raw = Long.parseLong(f[i + 1].strip()), mine = k.getOrDefault(COLUMNS[i], 0L);
                if (raw != mine) differences.add(f[0].strip() + " " + COLUMNS[i] + ": GROUP BY " + raw + ", kept roll-up " + mine);
            }
        }
        System.out.println(differences.isEmpty() ? "same answer: the GROUP BY and the kept roll-up agree on every practice and status"
                : "DIFFERENT answers (" + differences.size() + "): " + String.join("; ", differences.subList(0, Math.min(12, differences.size()))));
        result("same_answer", differences.isEmpty() ? "yes" : "NO(" + differences.size() + ")");
    }

    static void print(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("%-78s n=%4d  p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  max %8.2f ms%n", what, s.length, at(s, 50), at(s, 95), at(s, 99), s[s.length - 1]);
    }

    /** Nearest-rank percentile. */
    static double at(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
