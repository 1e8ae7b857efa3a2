package org.braid.planning.internal;

import java.io.File;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.braid.planning.api.ElementKind;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.internal.Inputs.ActionInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The performance target of issue 5: saving an action and reading a whole plan of 6 priority areas x 5 strategies
 * x 4 milestones x 5 actions, with 1,000 such plans in a file-based Derby store. Run by {@code bench/planning/run.sh}.
 */
@EnabledIfSystemProperty(named = "braid.bench", matches = "true")
class PlanningBench {
    static final int PLANS = Integer.getInteger("braid.bench.plans", 1000);
    static final int AREAS = 6, STRATEGIES = 5, MILESTONES = 4, ACTIONS = 5;
    static final int WARMUP = 200, RUNS = 1000;
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void saveAnActionAndReadAWholePlan() throws Exception {
        File dir = new File("target/bench-db");
        deleteTree(dir);
        TestStore store = TestStore.onDisk(dir.toPath());
        long t0 = System.nanoTime();
        List<String> planIds = seed(store);
        System.out.printf("seeded %d plans (%d rows) in %.1f s%n", PLANS, PLANS * (1L + AREAS * (1 + STRATEGIES * (2 + MILESTONES * (1 + ACTIONS)))),
                (System.nanoTime() - t0) / 1e9);

        java.util.Random random = new java.util.Random(5);
        long[] save = new long[RUNS], update = new long[RUNS], read = new long[RUNS], storeOnly = new long[RUNS];
        long[] savePost = new long[RUNS], changePut = new long[RUNS];
        long[] postReads = new long[RUNS], postWrites = new long[RUNS], putReads = new long[RUNS], putWrites = new long[RUNS];
        PlanResource resource = new PlanResource(store.plans, store.tree, store.versions, new GoalAlignment(store, store, store.directions),
                store.directions, store);
        Operation post = operation(resource, "POST", "/planning/milestones/{id}/actions");
        Operation put = operation(resource, "PUT", "/planning/actions/{id}");
        Operation get = operation(resource, "GET", "/planning/actions/{id}");
        for (int i = 0; i < WARMUP + RUNS; i++) {
            String plan = planIds.get(random.nextInt(planIds.size()));
            PlanTree t = store.tree.tree(plan);
            Milestone m = t.milestones().get(random.nextInt(t.milestones().size()));
            ActionInput in = new ActionInput("bench action " + i, "Coach", List.of("Team"), "2026-08-01", "2026-10-01", null,
                    new BigDecimal("100.00"), "Title I", new TextNode("report"), List.of("3C"), null, null, null);

            long a = System.nanoTime();
            Action saved = store.tree.addAction(m.id(), null, in);
            byte[] body = JSON.writeValueAsBytes(saved);
            long b = System.nanoTime();
            Action changed = store.tree.updateAction(saved.id(), in, saved.version());
            JSON.writeValueAsBytes(changed);
            long c = System.nanoTime();
            byte[] whole = JSON.writeValueAsBytes(store.tree.tree(plan));
            long d = System.nanoTime();
            store.tree.delete(ElementKind.ACTION, saved.id(), null);
            long e = System.nanoTime();
            store.tree.tree(plan);
            long f = System.nanoTime();
            long r0 = store.reads[0], w0 = store.writes[0];
            Action posted = (Action) request(store, post, null, new BenchRequest(Map.of("id", m.id()), in, null));
            long g = System.nanoTime();
            long r1 = store.reads[0], w1 = store.writes[0];
            request(store, put, get, new BenchRequest(Map.of("id", posted.id()), in, posted.version()));
            long h = System.nanoTime();
            if (i >= WARMUP) {
                postReads[i - WARMUP] = r1 - r0;
                postWrites[i - WARMUP] = w1 - w0;
                putReads[i - WARMUP] = store.reads[0] - r1;
                putWrites[i - WARMUP] = store.writes[0] - w1;
            }
            store.tree.delete(ElementKind.ACTION, posted.id(), null);
            if (i >= WARMUP) {
                savePost[i - WARMUP] = g - f;
                changePut[i - WARMUP] = h - g;
                storeOnly[i - WARMUP] = f - e;
                save[i - WARMUP] = b - a;
                update[i - WARMUP] = c - b;
                read[i - WARMUP] = d - c;
            }
            if (i == 0) System.out.printf("a whole plan is %d bytes of JSON; an action %d bytes%n", whole.length, body.length);
        }
        print("save an action (POST: insert, renumber, re-read, JSON)", save);
        print("change an action (PUT with version check, re-read, JSON)", update);
        print("read a whole plan (GET: 6 queries, tree, JSON)", read);
        print("  of which the store alone (6 queries, tree)", storeOnly);
        print("POST an action as the API runs it (access, handler, JSON)", savePost);
        print("PUT an action as the API runs it (access, before, handler)", changePut);
        System.out.printf("statements per POST of an action: %.1f reads, %.1f writes; per PUT: %.1f reads, %.1f writes%n", mean(postReads),
                mean(postWrites), mean(putReads), mean(putWrites));
        store.connection.close();
    }

    static Operation operation(PlanResource resource, String method, String path) {
        return resource.operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst().orElseThrow();
    }

    /**
     * One request as the platform's API servlet runs it, in one transaction: the access rule finds the organization, the GET of
     * the same path gives the audit its "before", the handler works, the answer and the audit's before and after become JSON.
     * Not included: HTTP, the session, the organization-tree check and the audit row's insert, which no module changes.
     */
    static Object request(TestStore store, Operation op, Operation sameGet, BenchRequest req) {
        return store.transaction(c -> {
            try {
                op.access().org().orgId(req);
                Object before = sameGet == null ? null : sameGet.handler().handle(req).body();
                ApiReply reply = op.handler().handle(req);
                JSON.writeValueAsBytes(reply.body());
                if (before != null) JSON.writeValueAsString(before);
                return reply.body();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    static void print(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%-58s n=%d  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n", what, s.length,
                s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6, s[(int) (s.length * 0.99)] / 1e6, s[s.length - 1] / 1e6);
    }

    /** Writes the plans with batched SQL (the rows the API would write), one organization per plan. */
    static List<String> seed(TestStore store) throws Exception {
        List<String> plans = new ArrayList<>();
        Connection c = store.connection;
        String codes = "[\"3C\"]";
        try (PreparedStatement orgRow = c.prepareStatement(TestStore.ORGANIZATION);
                PreparedStatement plan = c.prepareStatement("INSERT INTO planning_plan VALUES (?, ?, '2026-27', 'DRAFT', 1)");
                PreparedStatement area = c.prepareStatement("INSERT INTO planning_priority_area VALUES (?, ?, ?, ?, NULL, 1)");
                PreparedStatement strategy = c.prepareStatement("INSERT INTO planning_strategy VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-27', '2027-28', 1)");
                PreparedStatement measure = c.prepareStatement("INSERT INTO planning_strategy_measure VALUES (?, ?, ?, 1, ?, 'Survey', '26%', '{\"2026-27\":50,\"2027-28\":90}', 1)");
                PreparedStatement milestone = c.prepareStatement("INSERT INTO planning_milestone VALUES (?, ?, ?, ?, ?, DATE('2027-06-15'), ?, 1)");
                PreparedStatement action = c.prepareStatement("INSERT INTO planning_action VALUES (?, ?, ?, ?, ?, 'Coach', '[]', DATE('2026-08-01'), "
                        + "DATE('2027-05-01'), NULL, 1500.00, 'Title I', '[\"report\"]', ?, 1)")) {
            for (int p = 0; p < PLANS; p++) {
                String orgId = UUID.randomUUID().toString(), planId = UUID.randomUUID().toString();
                store.organizations.put(orgId, new org.braid.core.model.Organization(orgId, org.braid.core.model.OrgType.SCHOOL, "School " + p,
                        null, null, null, 1L));
                orgRow.setString(1, orgId);
                orgRow.setString(2, "SCHOOL");
                orgRow.setString(3, "School " + p);
                orgRow.setString(4, null);
                orgRow.executeUpdate();
                plan.setString(1, planId);
                plan.setString(2, orgId);
                plan.executeUpdate();
                plans.add(planId);
                for (int a = 1; a <= AREAS; a++) {
                    String areaId = UUID.randomUUID().toString();
                    area.setString(1, areaId);
                    area.setString(2, planId);
                    area.setInt(3, a);
                    area.setString(4, "Priority area " + a);
                    area.addBatch();
                    for (int s = 1; s <= STRATEGIES; s++) {
                        String sId = UUID.randomUUID().toString();
                        strategy.setString(1, sId);
                        strategy.setString(2, planId);
                        strategy.setString(3, areaId);
                        strategy.setInt(4, s);
                        strategy.setString(5, "engage our instructional teams in developing standards-aligned units " + a + "." + s);
                        strategy.setString(6, "teachers will plan and deliver standards-based personalized instruction");
                        strategy.setString(7, "each student will meet his or her growth targets each year");
                        strategy.setString(8, codes);
                        strategy.addBatch();
                        measure.setString(1, UUID.randomUUID().toString());
                        measure.setString(2, planId);
                        measure.setString(3, sId);
                        measure.setString(4, "Percentage of lesson plans that are standards-based and personalized");
                        measure.addBatch();
                        for (int m = 1; m <= MILESTONES; m++) {
                            String mId = UUID.randomUUID().toString();
                            milestone.setString(1, mId);
                            milestone.setString(2, planId);
                            milestone.setString(3, sId);
                            milestone.setInt(4, m);
                            milestone.setString(5, "Milestone " + a + "." + s + "." + m);
                            milestone.setString(6, codes);
                            milestone.addBatch();
                            for (int x = 1; x <= ACTIONS; x++) {
                                action.setString(1, UUID.randomUUID().toString());
                                action.setString(2, planId);
                                action.setString(3, mId);
                                action.setInt(4, x);
                                action.setString(5, "Action " + a + "." + s + "." + m + "." + x + " with a description of ordinary length");
                                action.setString(6, codes);
                                action.addBatch();
                            }
                        }
                    }
                }
                area.executeBatch();
                strategy.executeBatch();
                measure.executeBatch();
                milestone.executeBatch();
                action.executeBatch();
                if (p % 50 == 49) c.commit();
            }
        }
        c.commit();
        return plans;
    }

    static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) for (File ch : children) deleteTree(ch);
        f.delete();
    }
}
