package org.braid.monitoring.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Braid reporting calendar", description = "When status reports and reviews are due in a school year.")
@interface CalendarConfig {
    @AttributeDefinition(description = "First day of the school year, MM-DD")
    String schoolYearStart() default "07-01";

    @AttributeDefinition(description = "Day of the month a monthly status report for the month before is due (1-28)")
    int monthlyReportDay() default 5;

    @AttributeDefinition(description = "A monthly status report filed after its window: accept it marked late, or refuse it")
    String lateReports() default "accept";

    @AttributeDefinition(description = "A practice lags (and is matched with supports) when this percentage of its actions is off track, "
            + "not reported or overdue (1-100); the default for a state that has not set its own")
    int lagThresholdPercent() default 25;

    @AttributeDefinition(description = "On a public progress page, a result about fewer students than this is not shown (1-1000); the default for a state that "
            + "has not set its own")
    int publicMinimumCount() default 10;
}
