package org.braid.monitoring.internal;

import java.util.List;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/monitoring/orgs/{id}/settings}: what a state sets for its network (its staff change it), read by everyone in it. */
@Component(service = RestResource.class)
public class StateSettingsResource implements RestResource {
    private final StateSettings settings;

    @Activate
    public StateSettingsResource(@Reference StateSettings settings) {
        this.settings = settings;
    }

    @Override
    public String module() {
        return MonitoringModule.ID;
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                Operation.get("/monitoring/orgs/{id}/settings", "The settings in force for the organization, its state's: the lag threshold of the "
                        + "supports' matching and the fewest students a public result may be about", Access.read(Access.pathOrg("id")), req -> {
                    StateSetting s = settings.forOrg(req.path("id"));
                    return ApiReply.ok(s).version(s.version());
                }).returning(StateSetting.class),
                Operation.put("/monitoring/orgs/{id}/settings", "Set a state's own settings (on the state; send If-Match, \"0\" while it has the defaults)",
                        StateSetting.Input.class, Access.edit(Access.pathOrg("id")), req -> {
                    StateSetting.Input in = req.body(StateSetting.Input.class);
                    StateSetting s = settings.save(req.path("id"), in, req.expectedVersion(in.version()), req.actor().username());
                    return ApiReply.ok(s).version(s.version());
                }).returning(StateSetting.class));
    }
}
