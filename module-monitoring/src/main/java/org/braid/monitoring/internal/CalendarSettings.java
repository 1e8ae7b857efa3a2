package org.braid.monitoring.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** The reporting calendar as configured ({@code etc/org.braid.monitoring.calendar.cfg}): school year, report windows. */
@Component(service = CalendarSettings.class, configurationPid = "org.braid.monitoring.calendar")
@Designate(ocd = CalendarConfig.class)
public class CalendarSettings {
    private volatile MonthDay yearStart = MonthDay.of(7, 1);
    private volatile int reportDay = 5;
    private volatile boolean refuseLate;
    private volatile int lagThreshold = 25;
    private volatile int publicMinimum = 10;

    /** For tests and until configured: July 1, the 5th, late reports accepted. */
    public CalendarSettings() {}

    CalendarSettings(MonthDay yearStart, int reportDay, boolean refuseLate) {
        this.yearStart = yearStart;
        this.reportDay = reportDay;
        this.refuseLate = refuseLate;
    }

    @Activate
    @Modified
    void configure(CalendarConfig config) {
        MonthDay start;
        try {
            start = MonthDay.parse("--" + config.schoolYearStart());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("schoolYearStart must be MM-DD, not " + config.schoolYearStart(), e);
        }
        if (config.monthlyReportDay() < 1 || config.monthlyReportDay() > 28) throw new IllegalArgumentException("monthlyReportDay must be 1..28");
        if (!config.lateReports().matches("accept|refuse")) throw new IllegalArgumentException("lateReports must be accept or refuse");
        this.yearStart = start;
        this.reportDay = config.monthlyReportDay();
        this.refuseLate = config.lateReports().equals("refuse");
        if (config.lagThresholdPercent() < 1 || config.lagThresholdPercent() > 100) throw new IllegalArgumentException("lagThresholdPercent must be 1..100");
        this.lagThreshold = config.lagThresholdPercent();
        if (config.publicMinimumCount() < 1 || config.publicMinimumCount() > 1000) throw new IllegalArgumentException("publicMinimumCount must be 1..1000");
        this.publicMinimum = config.publicMinimumCount();
    }

    MonthDay yearStart() {
        return yearStart;
    }

    int reportDay() {
        return reportDay;
    }

    boolean refuseLate() {
        return refuseLate;
    }

    /** @return the fewest students a result may be about and still be shown on a public page */
    int publicMinimum() {
        return publicMinimum;
    }

    /** @return the share (0..1) of a practice's actions off track, not reported or overdue from which it lags */
    double lagThreshold() {
        return lagThreshold / 100.0;
    }

    /** @return the first day of a school year such as {@code 2026-27} */
    LocalDate firstDay(String schoolYear) {
        return yearStart.atYear(Integer.parseInt(schoolYear.substring(0, 4)));
    }

    /** @return the months of a school year, first to last */
    java.util.List<YearMonth> months(String schoolYear) {
        YearMonth first = YearMonth.from(firstDay(schoolYear));
        java.util.List<YearMonth> out = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) out.add(first.plusMonths(i));
        return out;
    }

    /** @return the last day a month's status report is on time: the report day of the month after */
    LocalDate windowCloses(YearMonth period) {
        return period.plusMonths(1).atDay(reportDay);
    }

    String schoolYearOf(LocalDate day) {
        return ReportingCalendar.schoolYearOf(day, yearStart);
    }
}
