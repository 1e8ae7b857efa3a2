package org.braid.monitoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class TallyTest {
    private static final String[] STATUSES = {"NOT_STARTED", "ON_TRACK", "OFF_TRACK", "COMPLETE", "CANCELLED"};
    private static final String[] MONTHS = {"2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01"};

    /** A report's change of history moves the same rows as taking the element out and adding it again, for any histories. */
    @Test
    void restatingAnElementMovesTheSameRowsAsTakingItOutAndAddingItAgain() {
        Random random = new Random(20261130);
        for (int round = 0; round < 2_000; round++) {
            Item item = new Item("e", "p", round % 3 == 0 ? 'M' : 'A', "school", "district", "sea", round % 2 == 0 ? "CSI" : "NONE", "2025-26",
                    round % 4 == 0 ? List.of() : List.of("1A", "3C").subList(0, 1 + round % 2), LocalDate.of(2025, 9, 1),
                    round % 5 == 0 ? null : LocalDate.of(2026, 1 + round % 6, 15));
            TreeMap<String, String> before = history(random);
            TreeMap<String, String> after = random.nextInt(4) == 0 ? history(random) : new TreeMap<>(before);
            if (!after.equals(before) || random.nextBoolean()) after.put(MONTHS[random.nextInt(MONTHS.length)], STATUSES[random.nextInt(STATUSES.length)]);

            Tally.Deltas whole = new Tally.Deltas();
            whole.contribute(item, before, -1);
            whole.contribute(item, after, 1);
            Tally.Deltas restated = new Tally.Deltas();
            restated.restate(item, before, after);
            assertEquals(nonZero(whole.rows), nonZero(restated.rows), "from " + before + " to " + after + " of " + item);
        }
    }

    @Test
    void aReportThatRepeatsLastMonthsStatusMovesOnlyTheTrendsRowsOfItsMonth() {
        Item item = new Item("e", "p", 'A', "school", "district", "sea", "NONE", "2025-26", List.of("1A"), LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 5, 31));
        TreeMap<String, String> before = new TreeMap<>(Map.of("2025-09", "ON_TRACK", "2025-10", "ON_TRACK"));
        TreeMap<String, String> after = new TreeMap<>(before);
        after.put("2025-11", "ON_TRACK");
        Tally.Deltas d = new Tally.Deltas();
        d.restate(item, before, after);
        // one row of the month per level (organization, district, stripe) and code (1A and all codes)
        assertEquals(6, nonZero(d.rows).size(), d.rows.toString());
        assertTrue(d.rows.keySet().stream().allMatch(k -> k.measure() == 'P' && k.bucket().equals("2025-11:ON_TRACK")), d.rows.toString());
    }

    private static TreeMap<String, String> history(Random random) {
        TreeMap<String, String> h = new TreeMap<>();
        for (String m : MONTHS) if (random.nextInt(3) > 0) h.put(m, STATUSES[random.nextInt(STATUSES.length)]);
        return h;
    }

    private static Map<Tally.Key, Integer> nonZero(Map<Tally.Key, Integer> rows) {
        Map<Tally.Key, Integer> out = new TreeMap<>();
        rows.forEach((k, n) -> {
            if (n != 0) out.put(k, n);
        });
        return out;
    }
}
