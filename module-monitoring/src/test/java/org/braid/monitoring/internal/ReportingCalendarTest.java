package org.braid.monitoring.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.MonthDay;

import org.braid.core.model.ValidationException;
import org.junit.jupiter.api.Test;

class ReportingCalendarTest {
    static final MonthDay JULY_1 = MonthDay.of(7, 1);

    @Test
    void aYearHasTwelveMonthlyFourQuarterlyTwoSemesterAndOneAnnualDate() {
        var cal = ReportingCalendar.of("2026-27", JULY_1, 5);
        assertEquals("2026-07-01", cal.start());
        assertEquals("2027-06-30", cal.end());
        assertEquals(12, cal.dates().stream().filter(d -> d.cadence().equals("monthly")).count());
        assertEquals(4, cal.dates().stream().filter(d -> d.cadence().equals("quarterly")).count());
        assertEquals(2, cal.dates().stream().filter(d -> d.cadence().equals("semester")).count());
        assertEquals("2026-08-05", cal.dates().get(0).due());
        assertTrue(cal.dates().stream().anyMatch(d -> d.cadence().equals("quarterly") && d.due().equals(LocalDate.of(2026, 9, 30).toString())));
        assertTrue(cal.dates().stream().anyMatch(d -> d.cadence().equals("semester") && d.due().equals(LocalDate.of(2026, 12, 31).toString())));
    }

    @Test
    void datesAreInOrder() {
        var dates = ReportingCalendar.of("2026-27", JULY_1, 5).dates();
        for (int i = 1; i < dates.size(); i++) assertTrue(dates.get(i).due().compareTo(dates.get(i - 1).due()) >= 0);
    }

    @Test
    void theSchoolYearOfADayFollowsTheConfiguredStart() {
        assertEquals("2026-27", ReportingCalendar.schoolYearOf(LocalDate.of(2026, 11, 23), JULY_1));
        assertEquals("2025-26", ReportingCalendar.schoolYearOf(LocalDate.of(2026, 6, 30), JULY_1));
        assertEquals("2099-00", ReportingCalendar.schoolYearOf(LocalDate.of(2099, 8, 1), JULY_1));
    }

    @Test
    void aMalformedYearNamesTheField() {
        var e = assertThrows(ValidationException.class, () -> ReportingCalendar.of("2026", JULY_1, 5));
        assertEquals("schoolYear", e.violations().get(0).field());
    }
}
