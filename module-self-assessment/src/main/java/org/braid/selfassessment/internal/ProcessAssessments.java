package org.braid.selfassessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.Checks;
import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgType;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.braid.platform.json.BraidJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The districts' process self-assessments, each kept as one JSON document per district and school year. */
@Component(service = ProcessAssessments.class)
public class ProcessAssessments {
    static final int MAX_BODY = 32000;
    private final ReflectionStore store;
    private final OrganizationService orgs;

    @Activate
    public ProcessAssessments(@Reference ReflectionStore store, @Reference OrganizationService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    /** Starts an empty process self-assessment of a district. */
    ProcessAssessment start(Inputs.NewProcessAssessment in) {
        new Checks().text("orgId", in.orgId(), 36).required("schoolYear", in.schoolYear()).schoolYear("schoolYear", in.schoolYear()).throwIfAny();
        try {
            if (orgs.get(in.orgId()).type() != OrgType.LEA) throw new RuleViolationException("orgId", "must be a district (LEA)");
        } catch (NotFoundException e) {
            throw new RuleViolationException("orgId", "no such organization");
        }
        return insert(new ProcessAssessment(UUID.randomUUID().toString(), in.orgId(), in.schoolYear(), List.of(), List.of(), new ProcessAssessment.Context(null, null),
                ProcessAssessment.everyStep(null), List.of(), null, List.of(), null));
    }

    /** Stores one with the id it carries (start, import). */
    ProcessAssessment insert(ProcessAssessment p) {
        return store.db.transaction(c -> {
            store.sql.insert(ReflectionStore.PROCESS, () -> new ConflictException("schoolYear", "the district already has a process self-assessment for this school year"),
                    p.id(), p.orgId(), p.schoolYear(), body(sections(p)), 1L);
            return get(p.id());
        });
    }

    /** @throws NotFoundException when there is none with this id */
    ProcessAssessment get(String id) {
        return store.sql.first(ReflectionStore.PROCESS.select("WHERE id = ?"), ProcessAssessments::read, id)
                .orElseThrow(() -> new NotFoundException("process self-assessment", id));
    }

    List<ProcessAssessment> forOrganization(String orgId) {
        return store.sql.list(ReflectionStore.PROCESS.select("WHERE org_id = ? ORDER BY school_year DESC, id"), ProcessAssessments::read, orgId);
    }

    /** Replaces the sections; the steps of the cycle stay one each, in order. */
    ProcessAssessment update(String id, ProcessAssessment.Sections in, long expected) {
        in.check().throwIfAny();
        String body = body(new ProcessAssessment.Sections(orEmpty(in.team()), orEmpty(in.documents()),
                in.context() == null ? new ProcessAssessment.Context(null, null) : in.context(), ProcessAssessment.everyStep(in.process()), orEmpty(in.supports()),
                in.supportGaps(), orEmpty(in.nextSteps()), null));
        return store.db.transaction(c -> {
            ProcessAssessment now = get(id);
            if (now.version() != expected || store.sql.update("UPDATE sa_process_assessment SET body = ?, version = version + 1 WHERE id = ? AND version = ?",
                    body, id, expected) != 1) {
                throw new StaleVersionException("the process self-assessment", "you edited", expected, get(id).version());
            }
            return get(id);
        });
    }

    static ProcessAssessment.Sections sections(ProcessAssessment p) {
        return new ProcessAssessment.Sections(p.team(), p.documents(), p.context(), p.process(), p.supports(), p.supportGaps(), p.nextSteps(), null);
    }

    private static String body(ProcessAssessment.Sections s) {
        ObjectNode node = BraidJson.mapper().valueToTree(s);
        node.remove("version");
        String body = node.toString();
        if (body.length() > MAX_BODY) throw new ValidationException("body", "is too long to store (at most " + MAX_BODY + " characters in all)");
        return body;
    }

    private static ProcessAssessment read(ResultSet rs) throws SQLException {
        ProcessAssessment.Sections s = BraidJson.readStored(rs.getString(4), ProcessAssessment.Sections.class);
        return new ProcessAssessment(rs.getString(1), rs.getString(2), rs.getString(3), s.team(), s.documents(), s.context(), s.process(), s.supports(),
                s.supportGaps(), s.nextSteps(), rs.getLong(5));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
