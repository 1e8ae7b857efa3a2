package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.braid.core.model.DirectionService;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrganizationService;
import org.braid.core.spi.PlanFact;
import org.braid.core.spi.PlanFacts;
import org.braid.core.spi.Source;
import org.braid.planning.api.PlanTemplate;
import org.braid.planning.api.TemplateContext;
import org.braid.planning.api.TemplateSection;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * One plan, many required plans: the templates installed (planning's ESSA plans and those of state packs), which of
 * them apply to a plan, and each drawn from the plan with its completeness.
 */
@Component(service = Templates.class)
public class Templates {
    /** A required plan that applies to a plan, with how much of it the plan shows. */
    public record Summary(String id, String title, Source source, double completeness, int missing) {}

    /** A required plan drawn from a plan. */
    public record Rendered(String id, String title, Source source, String planId, String orgName, String schoolYear, double completeness,
            int missing, List<TemplateSection> sections) {}

    private static final Pattern SAFE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PlanTemplate> templates = List.of();
    /** What the needs assessment, monitoring and others on now know of a plan's school year; none while they are off. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PlanFacts> facts = List.of();
    private final Database db;
    private final PlanElements tree;
    private final OrganizationService orgs;
    private final DirectionService directions;
    private final ElementExtensions extensions;

    @Activate
    public Templates(@Reference Database db, @Reference PlanElements tree, @Reference OrganizationService orgs,
            @Reference DirectionService directions, @Reference ElementExtensions extensions) {
        this.db = db;
        this.tree = tree;
        this.orgs = orgs;
        this.directions = directions;
        this.extensions = extensions;
    }

    /** @return the templates that apply to the plan, by title, each with its completeness */
    public List<Summary> applying(String planId) {
        return db.transaction(c -> {
            TemplateContext ctx = context(planId);
            List<Summary> out = new ArrayList<>();
            for (PlanTemplate t : templates) {
                if (!t.appliesTo(ctx)) continue;
                Rendered r = render(t, ctx);
                out.add(new Summary(r.id(), r.title(), r.source(), r.completeness(), r.missing()));
            }
            out.sort(Comparator.comparing(Summary::title).thenComparing(Summary::id));
            return out;
        });
    }

    /**
     * @return the template drawn from the plan
     * @throws NotFoundException saying whether no such template is installed or it does not apply to this plan
     */
    public Rendered render(String planId, String templateId) {
        return db.transaction(c -> {
            TemplateContext ctx = context(planId);
            PlanTemplate t = templates.stream().filter(x -> x.id().equals(templateId)).findFirst().orElseThrow(() -> new NotFoundException(
                    SAFE_ID.matcher(templateId).matches() ? "template '" + templateId + "': none installed has this id" : "template: none installed has this id",
                    templateId));
            if (!t.appliesTo(ctx)) {
                throw new NotFoundException("template '" + t.id() + "' for this plan: " + t.title() + " is installed but does not apply to "
                        + ctx.organization().name(), templateId);
            }
            return render(t, ctx);
        });
    }

    private Rendered render(PlanTemplate t, TemplateContext ctx) {
        List<TemplateSection> sections = t.render(ctx);
        int missing = sections.stream().mapToInt(s -> s.missing().size()).sum();
        return new Rendered(t.id(), t.title(), t.source(), ctx.plan().id(), ctx.organization().name(), ctx.plan().schoolYear(),
                completeness(t, ctx, sections, missing), missing, sections);
    }

    /**
     * @return the share of the required components the plan shows when the template says how many it requires (planning's
     *         own), else the share of its sections that are complete
     */
    static double completeness(PlanTemplate t, TemplateContext ctx, List<TemplateSection> sections, int missing) {
        int required = t instanceof RequiredPlan r ? r.components(ctx) : 0;
        double share;
        if (required > 0) share = (double) (required - missing) / required;
        else share = sections.isEmpty() ? 1 : (double) sections.stream().filter(TemplateSection::complete).count() / sections.size();
        return Math.round(Math.max(0, share) * 100) / 100.0;
    }

    private TemplateContext context(String planId) {
        var plan = tree.tree(planId);
        List<PlanFact> told = new ArrayList<>();
        for (PlanFacts f : facts) told.addAll(f.facts(plan.orgId(), plan.schoolYear()));
        return new TemplateContext(orgs.get(plan.orgId()), directions.get(plan.orgId()), plan, extensions.forPlan(plan), told);
    }
}
