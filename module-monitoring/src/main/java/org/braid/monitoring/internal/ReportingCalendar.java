package org.braid.monitoring.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.braid.core.model.Checks;
import org.braid.core.model.ValidationException;

/**
 * The reporting cadence of one school year (seed 001, monitor step): monthly action status,
 * quarterly milestone reviews, semester strategy reviews and annual measure results.
 */
record ReportingCalendar(String schoolYear, String start, String end, List<Due> dates) {

    /** One report or review and its due date (ISO-8601, so JSON shows it as a date). */
    record Due(String cadence, String report, String period, String due) {}

    /**
     * @param schoolYear e.g. {@code 2026-27}
     * @param yearStart  first day of a school year
     * @param reportDay  day of the month monthly reports are due, 1..28
     */
    static ReportingCalendar of(String schoolYear, MonthDay yearStart, int reportDay) {
        if (!Checks.isSchoolYear(schoolYear)) throw new ValidationException("schoolYear", "must be a school year like 2026-27");
        LocalDate start = yearStart.atYear(Integer.parseInt(schoolYear.substring(0, 4)));
        LocalDate end = start.plusYears(1).minusDays(1);
        List<Due> dates = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            LocalDate month = start.plusMonths(m);
            dates.add(new Due("monthly", "Action status report", month.getMonth() + " " + month.getYear(),
                    month.plusMonths(1).withDayOfMonth(reportDay).toString()));
        }
        for (int q = 1; q <= 4; q++) {
            dates.add(new Due("quarterly", "Milestone review", "Quarter " + q, start.plusMonths(3L * q).minusDays(1).toString()));
        }
        for (int s = 1; s <= 2; s++) {
            dates.add(new Due("semester", "Strategy review", "Semester " + s, start.plusMonths(6L * s).minusDays(1).toString()));
        }
        dates.add(new Due("annual", "Strategy and goal measure results", schoolYear, end.toString()));
        dates.sort(java.util.Comparator.comparing(Due::due).thenComparing(Due::cadence));
        return new ReportingCalendar(schoolYear, start.toString(), end.toString(), List.copyOf(dates));
    }

    /** @return the school year a day falls in, e.g. {@code 2026-27} for 2026-11-23 with a July start */
    static String schoolYearOf(LocalDate day, MonthDay yearStart) {
        int first = MonthDay.from(day).isBefore(yearStart) ? day.getYear() - 1 : day.getYear();
        return first + "-" + String.format("%02d", (first + 1) % 100);
    }
}
