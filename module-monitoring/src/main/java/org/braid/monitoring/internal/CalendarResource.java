package org.braid.monitoring.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** {@code GET /api/monitoring/calendar}: the school year's reporting calendar, from configuration. */
@Component(service = RestResource.class, configurationPid = "org.braid.monitoring.calendar")
@Designate(ocd = CalendarConfig.class)
public class CalendarResource implements RestResource {
    private volatile MonthDay yearStart;
    private volatile int reportDay;

    @Activate
    @Modified
    void configure(CalendarConfig config) {
        MonthDay start;
        try {
            start = MonthDay.parse("--" + config.schoolYearStart());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("schoolYearStart must be MM-DD, not " + config.schoolYearStart(), e);
        }
        if (config.monthlyReportDay() < 1 || config.monthlyReportDay() > 28) {
            throw new IllegalArgumentException("monthlyReportDay must be 1..28");
        }
        this.yearStart = start;
        this.reportDay = config.monthlyReportDay();
    }

    @Override
    public String module() {
        return MonitoringModule.ID;
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/monitoring/calendar", "Due dates of status reports and reviews in a school year", Access.signedIn(), req -> {
            String year = req.query("schoolYear");
            if (year == null || year.isBlank()) year = ReportingCalendar.schoolYearOf(LocalDate.now(), yearStart);
            return ApiReply.ok(ReportingCalendar.of(year.strip(), yearStart, reportDay));
        }).returning(ReportingCalendar.class).withQuery(QueryParam.string("schoolYear", "e.g. 2026-27; default the current school year")));
    }
}
