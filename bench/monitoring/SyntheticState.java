import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A synthetic state for benchmarks: one SEA, its districts and schools, one Tool A plan per school coded to the
 * Four Domains practices, and ten months of monthly action status reports. The same seed and sizes always give the
 * same state, ids included (name-based UUIDs), so benchmarks on different stores (Derby now, PostgreSQL later) run on
 * the same data.
 *
 * <p>Runs on a bare JDK 17 with no dependency: {@code java bench/monitoring/SyntheticState.java --out DIR [options]}.
 * It writes, under DIR:
 * <ul>
 * <li>{@code import/000-sea.json}, {@code import/NNNN-district-K.json}: Braid export documents ({@code POST /api/import},
 *   each under 8 MiB, so a large district takes several): the organizations, the plans and the status reports of a
 *   district;</li>
 * <li>{@code reports/NNNN-district.jsonl}: the same reports, one line per plan and month, {@code {"planId","period","reports":[...]}},
 *   the body of {@code POST /api/monitoring/plans/{planId}/status-reports} plus its plan id;</li>
 * <li>with {@code --csv}, {@code csv/organizations.csv}, {@code csv/plan_elements.csv}, {@code csv/status_reports.csv}: the
 *   same state as flat tables for a bulk load ({@code COPY ... CSV HEADER}).</li>
 * </ul>
 * Options: {@code --districts 1200 --schools 9000 --months 10 --school-year 2025-26 --years 1 --seed 20261130 --csv}.
 * With {@code --years N}, every school also has a plan and its months of reports for each of the N - 1 school years before
 * {@code --school-year}; the plan of {@code --school-year} and everything else stay what {@code --years 1} writes.
 */
public final class SyntheticState {
    static final String[] PRACTICES = {"1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C"};
    /** How often plans pick each practice: instruction (3x) and talent (2x) most, as in state plans. */
    static final int[] PRACTICE_WEIGHT = {6, 5, 4, 6, 5, 4, 10, 8, 9, 5, 4, 3};
    /** How much harder a practice is to keep on track: personalized instruction (3C) lags, as in seed 001's example. */
    static final double[] PRACTICE_DIFFICULTY = {0, .02, 0, .03, .05, .02, .04, .06, .12, .02, .03, .05};
    static final String[] VERBS = {"Train", "Coach", "Schedule", "Review", "Publish", "Observe", "Adopt", "Plan", "Analyze", "Share"};
    static final String[] OBJECTS = {"grade-level teams on unit design", "teachers on formative assessment", "data meetings every two weeks",
        "walkthrough look-fors with the leadership team", "the family engagement calendar", "classrooms for student discourse",
        "a tiered intervention schedule", "common planning time", "benchmark results by student group", "exemplar lessons with staff"};
    static final String[] NOTES = {"Team met as planned.", "Two sessions held; a third moved to next month.", "Substitute shortage delayed the training.",
        "Data reviewed with all grade levels.", "Waiting for materials from the district.", "Coach observed four classrooms."};

    final int districts;
    final int schools;
    final int months;
    final String schoolYear;
    final int years;
    final long seed;
    final Path out;
    final boolean csv;

    long orgCount, planCount, elementCount, actionCount, reportCount;
    private BufferedWriter orgCsv, elementCsv, reportCsv;

    SyntheticState(Map<String, String> o) {
        districts = Integer.parseInt(o.getOrDefault("districts", "1200"));
        schools = Integer.parseInt(o.getOrDefault("schools", "9000"));
        months = Integer.parseInt(o.getOrDefault("months", "10"));
        schoolYear = o.getOrDefault("school-year", "2025-26");
        years = Integer.parseInt(o.getOrDefault("years", "1"));
        seed = Long.parseLong(o.getOrDefault("seed", "20261130"));
        out = Path.of(o.getOrDefault("out", "bench/monitoring/target/state"));
        csv = o.containsKey("csv");
        if (districts < 1 || schools < districts) throw new IllegalArgumentException("need at least one school per district");
        if (months < 1 || months > 12) throw new IllegalArgumentException("months: 1..12");
        if (years < 1 || years > 10) throw new IllegalArgumentException("years: 1..10");
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected " + args[i]);
            String k = args[i].substring(2);
            o.put(k, i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
        }
        long t0 = System.nanoTime();
        SyntheticState s = new SyntheticState(o);
        s.write();
        System.out.printf("generated %d organizations, %d plans, %d plan elements (%d actions), %d status reports in %.1f s into %s%n",
                s.orgCount, s.planCount, s.elementCount, s.actionCount, s.reportCount, (System.nanoTime() - t0) / 1e9, s.out);
    }

    /** A stable id for a path in the state, e.g. {@code district/12/school/3}. */
    String id(String path) {
        return UUID.nameUUIDFromBytes(("braid-bench:" + seed + ":" + path).getBytes(StandardCharsets.UTF_8)).toString();
    }

    String seaId() {
        return id("sea");
    }

    /** Schools per district: every district has one, the rest go where a skewed draw sends them (few large districts). */
    int[] districtSizes() {
        SplittableRandom r = new SplittableRandom(seed);
        double[] w = new double[districts];
        double sum = 0;
        for (int d = 0; d < districts; d++) {
            w[d] = Math.exp(r.nextGaussian() * 1.0);
            sum += w[d];
        }
        int[] size = new int[districts];
        int left = schools - districts;
        int given = 0;
        for (int d = 0; d < districts; d++) {
            size[d] = 1 + (int) Math.floor(left * w[d] / sum);
            given += size[d];
        }
        for (int d = 0; given < schools; d = (d + 1) % districts, given++) size[d]++;
        return size;
    }

    void write() throws IOException {
        Files.createDirectories(out.resolve("import"));
        Files.createDirectories(out.resolve("reports"));
        if (csv) {
            Files.createDirectories(out.resolve("csv"));
            orgCsv = Files.newBufferedWriter(out.resolve("csv/organizations.csv"));
            orgCsv.write("id,type,name,parent_id,nces_id,essa_status\n");
            elementCsv = Files.newBufferedWriter(out.resolve("csv/plan_elements.csv"));
            elementCsv.write("id,plan_id,org_id,kind,parent_id,position,text,codes,start_date,due_date,budget\n");
            reportCsv = Files.newBufferedWriter(out.resolve("csv/status_reports.csv"));
            reportCsv.write("element_id,plan_id,org_id,period,status,note,evidence,outputs_completed,spent\n");
        }
        Json sea = org(seaId(), "SEA", "Synthetic State Department of Education", null, "98", "NONE");
        Files.writeString(out.resolve("import/000-sea.json"), document(seaId(), List.of(sea), List.of(), List.of()).toString());
        int[] sizes = districtSizes();
        for (int d = 0; d < districts; d++) writeDistrict(d, sizes[d]);
        if (csv) {
            orgCsv.close();
            elementCsv.close();
            reportCsv.close();
        }
    }

    /** Braid takes import documents up to 32 MiB; smaller ones keep each import's transaction short. */
    static final int DOCUMENT_LIMIT = 8 * 1024 * 1024;

    void writeDistrict(int d, int size) throws IOException {
        SplittableRandom r = new SplittableRandom(seed * 31 + d);
        String districtId = id("district/" + d);
        String nces = String.format("98%05d", d + 1);
        List<Json> orgs = new ArrayList<>();
        List<Json> plans = new ArrayList<>();
        List<Json> reports = new ArrayList<>();
        orgs.add(org(districtId, "LEA", String.format("District %04d", d + 1), seaId(), nces, "NONE"));
        // a district's own capacity moves all its schools a little (the state looks for districts that lag)
        double districtHealth = r.nextGaussian() * 0.06;
        String file = String.format("%04d-district", d + 1);
        int part = 0;
        int bytes = 0;
        try (BufferedWriter lines = Files.newBufferedWriter(out.resolve("reports/" + file + ".jsonl"))) {
            for (int s = 0; s < size; s++) {
                String schoolId = id("district/" + d + "/school/" + s);
                double e = r.nextDouble();
                String essa = e < 0.07 ? "CSI" : e < 0.22 ? "TSI" : "NONE";
                Json school = org(schoolId, "SCHOOL", String.format("School %04d-%02d", d + 1, s + 1), districtId, nces + String.format("%05d", s + 1), essa);
                double health = districtHealth + (essa.equals("CSI") ? -0.05 : 0);
                List<Json> schoolPlans = new ArrayList<>();
                List<Json> schoolReports = new ArrayList<>();
                schoolPlans.add(planAndReports(r, schoolYear, "district/" + d + "/school/" + s + "/plan", schoolId, health, lines, schoolReports));
                // earlier years draw from their own stream, so the default year's plan is the same with or without them
                for (int y = 1; y < years; y++) {
                    String year = shift(schoolYear, -y);
                    schoolPlans.add(planAndReports(new SplittableRandom(seed * 31 + d + 1_000_003L * y * (s + 1)), year,
                            "district/" + d + "/school/" + s + "/plan/" + year, schoolId, health, lines, schoolReports));
                }
                int planBytes = 300;
                for (Json plan : schoolPlans) planBytes += plan.toString().length();
                for (Json report : schoolReports) planBytes += report.toString().length() + 1;
                if (!plans.isEmpty() && bytes + planBytes > DOCUMENT_LIMIT) {
                    Files.writeString(out.resolve(String.format("import/%s-%d.json", file, ++part)), document(districtId, orgs, plans, reports).toString());
                    orgs.clear();
                    plans.clear();
                    reports.clear();
                    bytes = 0;
                }
                orgs.add(school);
                plans.addAll(schoolPlans);
                reports.addAll(schoolReports);
                bytes += planBytes;
            }
        }
        Files.writeString(out.resolve(String.format("import/%s-%d.json", file, ++part)), document(districtId, orgs, plans, reports).toString());
    }

    Json org(String id, String type, String name, String parent, String nces, String essa) throws IOException {
        orgCount++;
        if (csv) orgCsv.write(csvRow(id, type, name, parent, nces, essa));
        return Json.obj("id", id, "type", type, "name", name, "parentId", parent, "ncesId", nces, "essaStatus", essa, "version", null);
    }

    /** An export document; planning's and monitoring's sections come last, so a reader can cut them off (bench/lists). */
    Json document(String root, List<Json> orgs, List<Json> plans, List<Json> reports) {
        Json sections = Json.obj("core", Json.obj("organizations", Json.arr(orgs), "directions", Json.arr(List.of())));
        if (!plans.isEmpty()) sections.put("planning", Json.obj("plans", Json.arr(plans)));
        if (!reports.isEmpty()) sections.put("monitoring", Json.obj("statusReports", Json.arr(reports)));
        return Json.obj("format", "braid-export", "formatVersion", 1, "exportedAt", "2026-11-30T00:00:00Z", "rootOrgId", root, "sections", sections);
    }

    /** One school's plan (2-3 priority areas, 1-3 strategies each, 2-4 milestones, 2-5 actions) and its months of reports. */
    Json planAndReports(SplittableRandom r, String schoolYear, String path, String orgId, double health, BufferedWriter lines, List<Json> rows)
            throws IOException {
        planCount++;
        String planId = id(path);
        int firstYear = Integer.parseInt(schoolYear.substring(0, 4));
        LocalDate yearStart = LocalDate.of(firstYear, 8, 1);
        String nextYear = (firstYear + 1) + "-" + String.format("%02d", (firstYear + 2) % 100);
        double schoolHealth = health + r.nextGaussian() * 0.08;
        double reportingRate = r.nextDouble() < 0.08 ? 0.55 + r.nextDouble() * 0.3 : 0.97;
        List<Json> areas = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        int areaCount = 2 + r.nextInt(2);
        for (int a = 0; a < areaCount; a++) {
            String ap = path + "/area/" + a;
            List<Json> strategies = new ArrayList<>();
            int strategyCount = 1 + r.nextInt(3);
            for (int st = 0; st < strategyCount; st++) {
                String sp = ap + "/strategy/" + st;
                List<String> codes = codes(r, 1 + (r.nextDouble() < 0.4 ? 1 : 0));
                List<Json> measures = new ArrayList<>();
                for (int m = 0, n = 1 + r.nextInt(2); m < n; m++) {
                    measures.add(Json.obj("id", id(sp + "/measure/" + m), "indicator", "Students at or above benchmark on the unit assessment (%)",
                            "dataSource", "District benchmark", "baseline", 40 + r.nextInt(20),
                            "targets", Json.obj(schoolYear, 55 + r.nextInt(10), nextYear, 65 + r.nextInt(10))));
                    element(measures.get(m).get("id"), planId, orgId, "MEASURE", id(sp), m + 1, "benchmark measure", List.of(), null, null, null);
                }
                List<Json> milestones = new ArrayList<>();
                for (int m = 0, mc = 2 + r.nextInt(3); m < mc; m++) {
                    String mp = sp + "/milestone/" + m;
                    List<String> mcodes = r.nextDouble() < 0.15 ? codes(r, 1) : List.of();
                    List<Json> acts = new ArrayList<>();
                    LocalDate milestoneDue = yearStart;
                    for (int x = 0, xc = 2 + r.nextInt(4); x < xc; x++) {
                        List<String> xcodes = r.nextDouble() < 0.10 ? codes(r, 1) : List.of();
                        LocalDate start = yearStart.plusMonths(r.nextInt(Math.max(1, months - 2))).withDayOfMonth(r.nextBoolean() ? 1 : 15);
                        LocalDate due = start.plusMonths(1 + r.nextInt(6));
                        if (due.isAfter(yearStart.plusMonths(10))) due = yearStart.plusMonths(10).withDayOfMonth(15);
                        milestoneDue = due.isAfter(milestoneDue) ? due : milestoneDue;
                        List<String> outputs = new ArrayList<>();
                        for (int o = 0, oc = r.nextInt(3); o < oc; o++) outputs.add("Output " + (o + 1) + ": " + OBJECTS[r.nextInt(OBJECTS.length)]);
                        String actionId = id(mp + "/action/" + x);
                        long budget = r.nextDouble() < 0.5 ? 500L * (1 + r.nextInt(20)) : 0;
                        String description = VERBS[r.nextInt(VERBS.length)] + " " + OBJECTS[r.nextInt(OBJECTS.length)];
                        acts.add(Json.obj("id", actionId, "description", description, "owner", r.nextBoolean() ? "Principal" : "Instructional coach",
                                "collaborators", Json.arr(List.of()), "startDate", start.toString(), "dueDate", due.toString(), "resources", null,
                                "budget", budget == 0 ? null : budget, "fundingSource", budget == 0 ? null : "Title I", "outputs", Json.strings(outputs),
                                "codes", Json.strings(xcodes)));
                        List<String> effective = !xcodes.isEmpty() ? xcodes : !mcodes.isEmpty() ? mcodes : codes;
                        actions.add(new Action(actionId, start, due, outputs, effective));
                        element(actionId, planId, orgId, "ACTION", id(mp), x + 1, description, xcodes, start, due, budget == 0 ? null : budget);
                    }
                    String mid = id(mp);
                    milestones.add(Json.obj("id", mid, "description", "Milestone " + (m + 1) + ": " + OBJECTS[r.nextInt(OBJECTS.length)] + " in place",
                            "dueDate", milestoneDue.toString(), "codes", Json.strings(mcodes), "actions", Json.arr(acts)));
                    element(mid, planId, orgId, "MILESTONE", id(sp), m + 1, "milestone", mcodes, null, milestoneDue, null);
                }
                String sid = id(sp);
                strategies.add(Json.obj("id", sid, "if", "we " + VERBS[r.nextInt(VERBS.length)].toLowerCase() + " " + OBJECTS[r.nextInt(OBJECTS.length)],
                        "then", "teachers will plan and deliver standards-based instruction", "and", "each student will meet his or her growth targets",
                        "codes", Json.strings(codes), "startYear", schoolYear, "endYear", nextYear, "goalIds", Json.arr(List.of()),
                        "measures", Json.arr(measures), "milestones", Json.arr(milestones)));
                element(sid, planId, orgId, "STRATEGY", id(ap), st + 1, "strategy", codes, null, null, null);
            }
            String aid = id(ap);
            areas.add(Json.obj("id", aid, "title", "Priority area " + (a + 1), "description", null, "strategies", Json.arr(strategies)));
            element(aid, planId, orgId, "PRIORITY_AREA", planId, a + 1, "priority area", List.of(), null, null, null);
        }
        reports(r, planId, orgId, yearStart, schoolHealth, reportingRate, actions, lines, rows);
        return Json.obj("id", planId, "orgId", orgId, "schoolYear", schoolYear, "status", "DRAFT", "priorityAreas", Json.arr(areas),
                "candidates", Json.arr(List.of()), "retirements", Json.arr(List.of()), "versions", Json.arr(List.of()));
    }

    /** {@code shift("2025-26", -1)} is {@code "2024-25"}. */
    static String shift(String schoolYear, int by) {
        int first = Integer.parseInt(schoolYear.substring(0, 4)) + by;
        return first + "-" + String.format("%02d", (first + 1) % 100);
    }

    record Action(String id, LocalDate start, LocalDate due, List<String> outputs, List<String> codes) {}

    /**
     * Month by month: not started before its start, then on or off track, complete near its due date; some months go
     * unreported. Each month is a line of {@code lines} and each report a row of the import document's monitoring section.
     */
    void reports(SplittableRandom r, String planId, String orgId, LocalDate yearStart, double health, double reportingRate,
            List<Action> actions, BufferedWriter lines, List<Json> rows) throws IOException {
        String[] last = new String[actions.size()];
        for (int m = 0; m < months; m++) {
            LocalDate month = yearStart.plusMonths(m);
            String period = month.toString().substring(0, 7);
            if (r.nextDouble() > reportingRate) continue; // the team skipped this month
            List<Json> batch = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                Action a = actions.get(i);
                String status;
                if ("COMPLETE".equals(last[i]) || "CANCELLED".equals(last[i])) status = last[i];
                else if (month.plusMonths(1).isBefore(a.start) || month.plusMonths(1).isEqual(a.start)) status = "NOT_STARTED";
                else if (r.nextDouble() < 0.004) status = "CANCELLED";
                else if (!month.isBefore(a.due.withDayOfMonth(1)) && r.nextDouble() < 0.7 + health) status = "COMPLETE";
                else {
                    double difficulty = a.codes.stream().mapToDouble(c -> PRACTICE_DIFFICULTY[index(c)]).max().orElse(0);
                    status = r.nextDouble() < 0.14 + difficulty - health ? "OFF_TRACK" : "ON_TRACK";
                }
                last[i] = status;
                String note = !"NOT_STARTED".equals(status) && r.nextDouble() < 0.3 ? NOTES[r.nextInt(NOTES.length)] : null;
                String evidence = r.nextDouble() < 0.15 ? "https://drive.example.org/" + a.id.substring(0, 8) + "/" + period : null;
                List<String> done = "COMPLETE".equals(status) ? a.outputs : List.of();
                Long spent = !"NOT_STARTED".equals(status) && r.nextDouble() < 0.35 ? 50L * (1 + r.nextInt(40)) : null;
                batch.add(Json.obj("elementId", a.id, "status", status, "note", note, "evidence", evidence,
                        "outputsCompleted", Json.strings(done), "spent", spent));
                rows.add(Json.obj("id", id(a.id + "/report/" + period), "elementId", a.id, "period", period, "status", status, "note", note,
                        "evidence", evidence, "outputsCompleted", Json.strings(done), "spent", spent, "late", false, "reportedBy", "synthetic-state",
                        "reportedAt", month.withDayOfMonth(25) + "T15:00:00Z"));
                reportCount++;
                if (csv) reportCsv.write(csvRow(a.id, planId, orgId, period, status, note, evidence, String.join("|", done), spent));
            }
            lines.write(Json.obj("planId", planId, "period", period, "reports", Json.arr(batch)).toString());
            lines.write('\n');
        }
    }

    void element(Object id, String planId, String orgId, String kind, String parent, int position, String text, List<String> codes,
            LocalDate start, LocalDate due, Long budget) throws IOException {
        elementCount++;
        if ("ACTION".equals(kind)) actionCount++;
        if (csv) elementCsv.write(csvRow(id, planId, orgId, kind, parent, position, text, String.join("|", codes), start, due, budget));
    }

    static int index(String code) {
        for (int i = 0; i < PRACTICES.length; i++) if (PRACTICES[i].equals(code)) return i;
        throw new IllegalArgumentException(code);
    }

    static List<String> codes(SplittableRandom r, int n) {
        int total = 0;
        for (int w : PRACTICE_WEIGHT) total += w;
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            int pick = r.nextInt(total);
            int i = 0;
            while (pick >= PRACTICE_WEIGHT[i]) pick -= PRACTICE_WEIGHT[i++];
            if (!out.contains(PRACTICES[i])) out.add(PRACTICES[i]);
        }
        return out;
    }

    static String csvRow(Object... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) b.append(',');
            Object v = values[i];
            if (v == null) continue;
            String t = v.toString();
            if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0) b.append('"').append(t.replace("\"", "\"\"")).append('"');
            else b.append(t);
        }
        return b.append('\n').toString();
    }

    /** Just enough JSON writing for these documents, so the generator needs nothing but a JDK. */
    static final class Json {
        private final Map<String, Object> fields;
        private final List<?> items;

        private Json(Map<String, Object> fields, List<?> items) {
            this.fields = fields;
            this.items = items;
        }

        static Json obj(Object... kv) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
            return new Json(m, null);
        }

        static Json arr(List<?> items) {
            return new Json(null, items);
        }

        static Json strings(List<String> items) {
            return new Json(null, items);
        }

        Object get(String k) {
            return fields.get(k);
        }

        void put(String k, Object v) {
            fields.put(k, v);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            write(b, this);
            return b.toString();
        }

        private static void write(StringBuilder b, Object v) {
            if (v == null) b.append("null");
            else if (v instanceof Number || v instanceof Boolean) b.append(v);
            else if (v instanceof Json j && j.fields != null) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<String, Object> e : j.fields.entrySet()) {
                    if (!first) b.append(',');
                    first = false;
                    string(b, e.getKey());
                    b.append(':');
                    write(b, e.getValue());
                }
                b.append('}');
            } else if (v instanceof Json j) {
                b.append('[');
                for (int i = 0; i < j.items.size(); i++) {
                    if (i > 0) b.append(',');
                    write(b, j.items.get(i));
                }
                b.append(']');
            } else string(b, v.toString());
        }

        private static void string(StringBuilder b, String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') b.append('\\').append(c);
                else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                else b.append(c);
            }
            b.append('"');
        }
    }

}
