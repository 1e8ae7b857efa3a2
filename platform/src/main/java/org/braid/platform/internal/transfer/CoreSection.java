package org.braid.platform.internal.transfer;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.BraidException;
import org.braid.core.model.ConflictException;
import org.braid.core.model.Direction;
import org.braid.core.model.DirectionService;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.ValidationException;
import org.braid.core.model.Violation;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.ExportSection;
import org.braid.platform.internal.network.FrameworkChoices;
import org.braid.platform.internal.network.InstalledFrameworks;
import org.braid.platform.internal.network.OrganizationStore;
import org.braid.platform.internal.http.Json;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The core section of an export: the organizations of the subtree, their directions, which have closed, and the coding
 * frameworks its districts chose for themselves.
 */
@Component(service = {ExportSection.class, CoreSection.class})
public class CoreSection implements ExportSection {
    private final OrganizationStore orgs;
    private final DirectionService directions;
    private final FrameworkChoices choices;
    private final InstalledFrameworks frameworks;

    /** A district's own coding framework, as exported. */
    public record DistrictFramework(String orgId, String codingFramework) {}

    @Activate
    public CoreSection(@Reference OrganizationStore orgs, @Reference DirectionService directions, @Reference FrameworkChoices choices,
            @Reference InstalledFrameworks frameworks) {
        this.orgs = orgs;
        this.directions = directions;
        this.choices = choices;
        this.frameworks = frameworks;
    }

    @Override
    public String id() {
        return "core";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public JsonNode export(List<String> orgIds) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode os = out.putArray("organizations");
        ArrayNode ds = out.putArray("directions");
        for (String id : orgIds) {
            Organization o = ((OrganizationService) orgs).get(id);
            os.add(Json.MAPPER.valueToTree(new Organization(o.id(), o.type(), o.name(), o.parentId(), o.ncesId(), o.essaStatus(), null)));
            Direction d = directions.get(id);
            if (d.version() > 0) {
                ds.add(Json.MAPPER.valueToTree(new Direction(d.orgId(), d.vision(), d.mission(), d.purpose(), d.glossary(), d.goals(), null)));
            }
        }
        java.util.Set<String> closedIds = orgs.closedIds();
        List<String> closed = orgIds.stream().filter(closedIds::contains).toList();
        if (!closed.isEmpty()) closed.forEach(out.putArray("closed")::add);
        java.util.Map<String, String> chosen = choices.storedAll();
        List<DistrictFramework> own = orgIds.stream().filter(chosen::containsKey).map(id -> new DistrictFramework(id, chosen.get(id))).toList();
        if (!own.isEmpty()) out.set("codingFrameworks", Json.MAPPER.valueToTree(own));
        return out;
    }

    @Override
    public void load(JsonNode data) {
        String at = "sections.core";
        if (data == null || !data.isObject()) throw new ValidationException(at, "must be an object");
        Organization[] list = Json.convert(data.path("organizations"), Organization[].class, at + ".organizations");
        Direction[] dirs = data.has("directions") ? Json.convert(data.get("directions"), Direction[].class, at + ".directions") : new Direction[0];
        for (int i = 0; i < list.length; i++) {
            Organization o = list[i];
            String field = at + ".organizations[" + i + "]";
            if (o == null || o.id() == null) throw new ValidationException(field + ".id", "is required");
            try {
                orgs.insert(o.withId(o.id(), 1));
            } catch (BraidException e) {
                throw prefixed(e, field);
            }
        }
        String[] closed = data.has("closed") ? Json.convert(data.get("closed"), String[].class, at + ".closed") : new String[0];
        for (int i = closed.length - 1; i >= 0; i--) { // the ones under an organization close before it
            if (closed[i] == null || !Organization.isId(closed[i])) throw new ValidationException(at + ".closed[" + i + "]", "must be an organization id");
            try {
                orgs.close(closed[i], true, "import");
            } catch (BraidException e) {
                throw prefixed(e, at + ".closed[" + i + "]");
            }
        }
        DistrictFramework[] own = data.has("codingFrameworks")
                ? Json.convert(data.get("codingFrameworks"), DistrictFramework[].class, at + ".codingFrameworks") : new DistrictFramework[0];
        for (int i = 0; i < own.length; i++) {
            String field = at + ".codingFrameworks[" + i + "]";
            if (own[i] == null || own[i].orgId() == null || !Organization.isId(own[i].orgId())) {
                throw new ValidationException(field + ".orgId", "must be an organization id: a lower-case UUID");
            }
            Organization district;
            try {
                district = ((OrganizationService) orgs).get(own[i].orgId());
            } catch (org.braid.core.model.NotFoundException e) {
                throw new ValidationException(field + ".orgId", "is not an organization of the import or of this Braid");
            }
            if (district.type() != OrgType.LEA) throw new RuleViolationException(field + ".orgId", "only a district (LEA) chooses its coding framework");
            if (own[i].codingFramework() == null || frameworks.framework(own[i].codingFramework()).isEmpty()) {
                throw new ValidationException(field + ".codingFramework", "is not a coding framework installed here; installed: "
                        + frameworks.installed().stream().map(CodingFramework::id).collect(java.util.stream.Collectors.joining(", ")));
            }
            choices.choose(district.id(), own[i].codingFramework());
        }
        for (int i = 0; i < dirs.length; i++) {
            Direction d = dirs[i];
            String field = at + ".directions[" + i + "]";
            if (d == null || d.orgId() == null) throw new ValidationException(field + ".orgId", "is required");
            if (!Organization.isId(d.orgId())) throw new ValidationException(field + ".orgId", "must be an organization id: a lower-case UUID");
            try {
                directions.put(d.orgId(), d, 0);
            } catch (BraidException e) {
                throw prefixed(e, field);
            }
        }
    }

    private static BraidException prefixed(BraidException e, String field) {
        List<Violation> vs = new ArrayList<>();
        for (Violation v : e.violations()) vs.add(new Violation(field + "." + v.field(), v.message()));
        if (vs.isEmpty()) vs.add(new Violation(field, e.getMessage()));
        if (e instanceof ConflictException) return new ConflictException(e.getMessage(), vs);
        if (e instanceof ValidationException) return new ValidationException(e.getMessage(), vs);
        return new RuleViolationException(e.getMessage(), vs);
    }
}
