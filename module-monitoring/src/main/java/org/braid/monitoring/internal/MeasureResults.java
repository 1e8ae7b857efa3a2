package org.braid.monitoring.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.braid.core.model.Checks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Annual results of strategy measures and goal measures; a new result for the same measure and year replaces the old. */
@Component(service = MeasureResults.class)
public class MeasureResults {
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d{1,4})?");
    private final MonitoringStore store;

    @Activate
    public MeasureResults(@Reference MonitoringStore store) {
        this.store = store;
    }

    static void check(Inputs.ResultInput in) {
        Checks c = new Checks().required("measureId", in.measureId()).required("schoolYear", in.schoolYear()).schoolYear("schoolYear", in.schoolYear())
                .required("value", in.value()).maxLength("note", in.note(), 4000);
        if (in.value() != null && in.value().abs().compareTo(new BigDecimal("1000000000")) >= 0) c.add("value", "must be below 1000000000");
        if (in.studentCount() != null && in.studentCount() < 0) c.add("studentCount", "must not be negative");
        c.throwIfAny();
    }

    /** @return the first number in a target such as {@code "50%"} or {@code "Gr 5: 72"}, or {@code null} */
    static BigDecimal target(String text) {
        if (text == null) return null;
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) return null;
        BigDecimal n = new BigDecimal(m.group());
        return n.abs().compareTo(new BigDecimal("1000000000")) < 0 ? n : null;
    }

    /** Records a result; higher is taken as better, as the targets of seed 001 are. */
    MeasureResult record(Inputs.ResultInput in, String kind, String orgId, String planId, BigDecimal target) {
        Boolean onTarget = target == null ? null : in.value().compareTo(target) >= 0;
        return store.tx(c -> {
            MonitoringStore.exec(c, "DELETE FROM monitoring_measure_result WHERE measure_id = ? AND school_year = ?", in.measureId(), in.schoolYear());
            MeasureResult r = new MeasureResult(UUID.randomUUID().toString(), in.measureId(), kind, orgId, planId, in.schoolYear(), in.value(), target,
                    onTarget, in.studentCount(), in.note(), 1L);
            insert(r);
            return r;
        });
    }

    void insert(MeasureResult r) {
        store.tx(c -> MonitoringStore.exec(c, "INSERT INTO monitoring_measure_result (id, measure_id, measure_kind, org_id, plan_id, school_year, "
                + "result_value, target, student_count, note, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.measureId(), r.measureKind(),
                r.orgId(), r.planId(), r.schoolYear(), r.value(), r.target(), r.studentCount(), r.note(), r.version()));
    }

    List<MeasureResult> ofOrganizations(List<String> orgIds, String schoolYear) {
        return store.tx(c -> {
            List<MeasureResult> out = new java.util.ArrayList<>();
            for (String org : orgIds) {
                out.addAll(MonitoringStore.query(c, "SELECT * FROM monitoring_measure_result WHERE org_id = ?" + (schoolYear == null ? "" : " AND school_year = ?")
                        + " ORDER BY school_year, measure_id", MeasureResults::result, schoolYear == null ? new Object[] {org} : new Object[] {org, schoolYear}));
            }
            return out;
        });
    }

    static MeasureResult result(ResultSet rs) throws SQLException {
        BigDecimal target = rs.getBigDecimal("target");
        BigDecimal value = rs.getBigDecimal("result_value").stripTrailingZeros();
        Integer students = rs.getInt("student_count");
        if (rs.wasNull()) students = null;
        return new MeasureResult(rs.getString("id").strip(), rs.getString("measure_id").strip(), rs.getString("measure_kind"), rs.getString("org_id").strip(),
                rs.getString("plan_id") == null ? null : rs.getString("plan_id").strip(), rs.getString("school_year"), value,
                target == null ? null : target.stripTrailingZeros(), target == null ? null : value.compareTo(target) >= 0, students,
                rs.getString("note"), rs.getLong("version"));
    }
}
