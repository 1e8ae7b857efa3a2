package org.braid.monitoring.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.junit.jupiter.api.Test;

/** The status rules and Tool A's review percentages, from the reports. */
class PlanProgressTest {
    static final Clock NOV_15 = Clock.fixed(LocalDate.of(2026, 11, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    static Item item(String id, String start, String due) {
        return new Item(id, "p", 'A', "o", "d", "s", "NONE", "2026-27", List.of("1A"), LocalDate.parse(start), due == null ? null : LocalDate.parse(due));
    }

    static StatusReport report(String element, String period, Status s, List<String> outputs) {
        return new StatusReport(element + period, element, "p", "o", period, s, null, null, outputs, new java.math.BigDecimal("10"), false, "t",
                "2026-11-01T00:00:00Z", 1L);
    }

    static Action action(String id, int outputs) {
        return new Action(id, "m", null, id, null, List.of(), null, null, null, null, null, java.util.Collections.nCopies(outputs, "output"), List.of(), 1L);
    }

    @Test
    void theLatestMonthIsTheStatusAndTheDatesDecideNotReportedAndOverdue() {
        PlanProgress p = new PlanProgress(List.of(item("a", "2026-08-01", "2026-10-31"), item("b", "2026-12-01", null),
                item("c", "2026-09-01", "2026-11-14"), item("d", "2026-09-01", "2026-11-01"), item("e", "2026-09-01", "2026-11-01")),
                List.of(report("a", "2026-10", Status.OFF_TRACK, List.of()), report("a", "2026-09", Status.ON_TRACK, List.of()),
                        report("d", "2026-10", Status.COMPLETE, List.of()), report("e", "2026-10", Status.CANCELLED, List.of())), NOV_15);
        assertEquals("OFF_TRACK", p.state("a").status(), "the latest month wins, whatever order the reports came in");
        assertTrue(p.state("a").overdue());
        assertFalse(p.state("b").notReported(), "not started yet");
        assertTrue(p.state("c").notReported());
        assertTrue(p.state("c").overdue(), "due yesterday and never reported");
        assertFalse(p.state("d").overdue(), "complete");
        assertFalse(p.state("e").overdue(), "cancelled");
    }

    @Test
    void aQuarterlyReviewCountsTheMilestonesActionsThatAreNotCancelled() {
        PlanProgress p = new PlanProgress(List.of(item("a", "2026-08-01", "2027-05-31"), item("b", "2026-08-01", "2027-05-31"),
                item("c", "2026-08-01", "2027-05-31"), item("d", "2026-08-01", "2027-05-31"), item("e", "2026-08-01", "2027-05-31")),
                List.of(report("a", "2026-10", Status.COMPLETE, List.of("Guide")), report("b", "2026-10", Status.ON_TRACK, List.of("Plan")),
                        report("c", "2026-10", Status.OFF_TRACK, List.of()), report("d", "2026-10", Status.CANCELLED, List.of())), NOV_15);
        Milestone m = new Milestone("m", "s", null, "m", null, List.of(), 1L, List.of(action("a", 1), action("b", 2), action("c", 1), action("d", 1),
                action("e", 0)));
        Map<String, Object> f = p.milestoneFigures(m);
        assertEquals(4, f.get("actions"));
        assertEquals(25, f.get("actionsCompletedPercent"));
        assertEquals(50, f.get("actionsBehindSchedulePercent"), "one off track, one never reported");
        assertEquals(50, f.get("actionsOnTimePercent"));
        assertEquals(List.of("Guide", "Plan"), f.get("outputsCompleted"));
        assertEquals(5, f.get("outputsAnticipated"));
        assertFalse(p.milestoneCompleted(m));
        assertNull(PlanProgress.percent(0, 0));
    }
}
