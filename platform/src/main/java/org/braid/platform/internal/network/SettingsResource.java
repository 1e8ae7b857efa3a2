package org.braid.platform.internal.network;

import java.util.List;
import java.util.stream.Collectors;

import org.braid.core.model.ConflictException;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.CodingFramework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The administrator's network settings ({@code /api/admin/settings}: the coding framework in force, and whether districts
 * may choose their own) and a district's own choice ({@code /api/orgs/{id}/coding-framework}).
 */
@Component(service = RestResource.class)
public class SettingsResource implements RestResource {
    /**
     * The network's settings as shown and sent.
     *
     * @param codingFramework    the framework in force (on PUT: an installed one)
     * @param districtsMayChoose whether a district may code its plans to another installed framework
     * @param version            what a change names (or send the ETag as If-Match)
     */
    public record NetworkSettings(String codingFramework, Boolean districtsMayChoose, Long version) {}

    /**
     * A district's coding framework.
     *
     * @param codingFramework its own choice, or {@code null} when it follows the state's
     * @param active          the framework in force for it
     */
    public record DistrictFramework(String codingFramework, String active) {}

    /** The body of {@code PUT /api/orgs/{id}/coding-framework}: an installed framework, or {@code null} for the state's. */
    public record DistrictChoice(String codingFramework) {}

    private final InstalledFrameworks frameworks;
    private final FrameworkChoices choices;
    private final OrganizationStore organizations;

    @Activate
    public SettingsResource(@Reference InstalledFrameworks frameworks, @Reference FrameworkChoices choices, @Reference OrganizationStore organizations) {
        this.frameworks = frameworks;
        this.choices = choices;
        this.organizations = organizations;
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                Operation.get("/admin/settings", "The network's settings: the coding framework in force, and whether districts may choose their own",
                        Access.admin(), req -> settings()).returning(NetworkSettings.class),
                Operation.put("/admin/settings", "Choose the coding framework of the network (an installed one), and whether districts may choose",
                        NetworkSettings.class, Access.admin(), req -> {
                            NetworkSettings body = req.body(NetworkSettings.class);
                            String id = installed("codingFramework", body.codingFramework());
                            boolean districts = body.districtsMayChoose() != null ? body.districtsMayChoose() : choices.settings().districtsMayChoose();
                            choices.save(id, districts, req.expectedVersion(body.version()));
                            return settings();
                        }).returning(NetworkSettings.class),
                Operation.get("/orgs/{id}/coding-framework", "A district's own coding framework (null: the state's) and the one in force for it",
                        Access.read(Access.pathOrg("id")), req -> {
                            String id = organizations.get(req.path("id")).id();
                            return ApiReply.ok(new DistrictFramework(choices.storedFor(id).orElse(null),
                                    frameworks.activeFor(id).map(CodingFramework::id).orElse(null)));
                        }).returning(DistrictFramework.class),
                Operation.put("/orgs/{id}/coding-framework", "A district chooses its coding framework where the state allows it (null: the state's)",
                        DistrictChoice.class, Access.govern(Access.pathOrg("id")), req -> {
                            Organization org = organizations.get(req.path("id"));
                            new OrganizationChanges(organizations).checkFrameworkChoice(req.actor(), org);
                            if (org.type() != OrgType.LEA) throw new RuleViolationException("id", "only a district (LEA) chooses its coding framework; its schools follow it");
                            if (!choices.settings().districtsMayChoose()) {
                                throw new ConflictException("codingFramework", "the state does not allow districts to choose their coding framework");
                            }
                            DistrictChoice body = req.body(DistrictChoice.class);
                            String id = body.codingFramework() == null ? null : installed("codingFramework", body.codingFramework());
                            choices.choose(org.id(), id);
                            return ApiReply.ok(new DistrictFramework(id, frameworks.activeFor(org.id()).map(CodingFramework::id).orElse(null)));
                        }).returning(DistrictFramework.class));
    }

    private ApiReply settings() {
        FrameworkChoices.Settings s = choices.settings();
        String active = frameworks.active().map(CodingFramework::id).orElse(null);
        return ApiReply.ok(new NetworkSettings(active, s.districtsMayChoose(), s.version())).version(s.version());
    }

    /** @return the id when it names an installed framework */
    private String installed(String field, String id) {
        if (id == null || id.isBlank()) throw new ValidationException(field, "is required: the id of an installed coding framework");
        if (frameworks.framework(id).isEmpty()) {
            throw new ValidationException(field, "is not an installed coding framework; installed: "
                    + frameworks.installed().stream().map(CodingFramework::id).collect(Collectors.joining(", ")));
        }
        return id;
    }
}
