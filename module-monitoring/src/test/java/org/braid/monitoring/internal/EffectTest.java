package org.braid.monitoring.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class EffectTest {

    private static TreeMap<String, String> history(String... periodStatus) {
        TreeMap<String, String> h = new TreeMap<>();
        for (int i = 0; i < periodStatus.length; i += 2) h.put(periodStatus[i], periodStatus[i + 1]);
        return h;
    }

    @Test
    void comparesTheShareOnTrackInTheThreeMonthsBeforeTheStartWithTheMonthsFromIt() {
        // off track before the support (Oct-Dec), back on track from January; September is outside the window
        Map<String, String> a = history("2025-09", "OFF_TRACK", "2025-10", "OFF_TRACK", "2025-11", "OFF_TRACK", "2025-12", "ON_TRACK",
                "2026-01", "ON_TRACK", "2026-02", "COMPLETE", "2026-03", "COMPLETE", "2026-04", "OFF_TRACK");
        Map<String, String> b = history("2025-12", "NOT_STARTED", "2026-01", "OFF_TRACK", "2026-02", "ON_TRACK");
        Effect e = Effect.of(List.of(a, b), YearMonth.of(2026, 1), YearMonth.of(2026, 6));
        assertEquals(0.333, e.before(), 1e-9, "1 of 3: NOT_STARTED says nothing about pace");
        assertEquals(0.8, e.after(), 1e-9, "4 of 5 in January to March; April is after the window");
        assertEquals(0.467, e.change(), 1e-9);
        assertTrue(e.improved());
        assertEquals(3, e.reportsBefore());
        assertEquals(5, e.reportsAfter());
    }

    @Test
    void worseAfterIsNotImprovedAndMonthsNotYetComeAreUnknown() {
        Map<String, String> h = history("2026-01", "ON_TRACK", "2026-02", "OFF_TRACK", "2026-03", "OFF_TRACK");
        Effect worse = Effect.of(List.of(h), YearMonth.of(2026, 2), YearMonth.of(2026, 6));
        assertEquals(1.0, worse.before(), 1e-9);
        assertEquals(0.0, worse.after(), 1e-9);
        assertFalse(worse.improved());

        Effect early = Effect.of(List.of(h), YearMonth.of(2026, 4), YearMonth.of(2026, 3));
        assertNull(early.after(), "nothing reported from the start yet");
        assertNull(early.change());
        assertNull(early.improved());
    }
}
