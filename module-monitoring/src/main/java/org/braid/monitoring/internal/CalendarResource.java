package org.braid.monitoring.internal;

import java.time.LocalDate;
import java.util.List;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/monitoring/calendar}: the school year's reporting calendar, from configuration. */
@Component(service = RestResource.class)
public class CalendarResource implements RestResource {
    private final CalendarSettings calendar;

    @Activate
    public CalendarResource(@Reference CalendarSettings calendar) {
        this.calendar = calendar;
    }

    @Override
    public String module() {
        return MonitoringModule.ID;
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/monitoring/calendar", "Due dates of status reports and reviews in a school year", Access.signedIn(), req -> {
            String year = req.query("schoolYear");
            if (year == null || year.isBlank()) year = calendar.schoolYearOf(LocalDate.now());
            return ApiReply.ok(ReportingCalendar.of(year.strip(), calendar.yearStart(), calendar.reportDay()));
        }).withQuery(QueryParam.string("schoolYear", "e.g. 2026-27; default the current school year")));
    }
}
