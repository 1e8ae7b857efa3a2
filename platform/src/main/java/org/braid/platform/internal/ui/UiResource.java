package org.braid.platform.internal.ui;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.braid.core.model.Page;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code GET /api/ui}: the pages and menu entries of the core and of every active module, for the web shell. */
@Component(service = RestResource.class)
public class UiResource implements RestResource {
    private final List<UiContribution> contributions = new CopyOnWriteArrayList<>();

    /** What the shell loads: a contribution's module, script and menu. */
    public record Contribution(String module, String script, List<UiContribution.MenuEntry> menu) {}

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(UiContribution c) {
        contributions.add(c);
    }

    void removeContribution(UiContribution c) {
        contributions.remove(c);
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/ui", "The web pages and menu entries of the core and the active modules", Access.signedIn(),
                req -> ApiReply.ok(Page.of(contributions.stream()
                        .sorted(Comparator.comparing((UiContribution c) -> !c.module().equals("core")).thenComparing(UiContribution::module))
                        .map(c -> new Contribution(c.module(), c.script(), c.menu())).toList()))).returningList(Contribution.class));
    }
}
