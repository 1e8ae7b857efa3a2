package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.braid.core.model.EssaStatus;
import org.braid.core.model.OrgType;
import org.braid.core.spi.Source;
import org.braid.planning.api.PlanTemplate;
import org.braid.planning.api.TemplateContext;
import org.braid.planning.api.TemplateSection;
import org.braid.planning.internal.PlanVersions.Version;

/**
 * A required plan whose sections and components come from a data file (the ESSA plans planning ships): each component
 * cites the statute, names its check, and says what to add when the plan does not show it.
 */
final class RequiredPlan implements PlanTemplate {
    /** The data file's form. */
    record Data(String note, List<Definition> templates) {}

    /** @param appliesTo which organizations must keep this plan */
    record Definition(String id, String title, Source source, Applies appliesTo, List<SectionData> sections) {}

    /** Empty lists match any type or status. */
    record Applies(List<OrgType> types, List<EssaStatus> essaStatus) {}

    /**
     * @param shows      the views of the plan the section draws its entries from
     * @param essaStatus when given, the section is asked only of organizations of these statuses (e.g. resource
     *                   inequities of an ATSI school, §1111(d)(2)(C)); empty or absent asks it of every one the template
     *                   applies to
     */
    record SectionData(String id, String title, String requires, List<String> shows, List<Component> components, List<EssaStatus> essaStatus) {
        boolean askedOf(TemplateContext context) {
            return essaStatus == null || essaStatus.isEmpty() || essaStatus.contains(context.organization().essaStatus());
        }
    }

    /**
     * @param component what the statute requires, in its words
     * @param check     the name of a {@link TemplateChecks} check
     * @param words     for the {@code mentions} check
     * @param add       what to add when it is missing
     */
    record Component(String component, String cites, String check, List<String> words, String add) {}

    private final Definition def;
    /** The plan's submitted versions with their sign-offs, by plan id. */
    private final Function<String, List<Version>> versions;

    RequiredPlan(Definition def, Function<String, List<Version>> versions) {
        for (SectionData s : def.sections()) {
            for (String v : s.shows()) if (!TemplateViews.NAMES.contains(v)) throw new IllegalArgumentException(def.id() + ": no such view " + v);
            for (Component c : s.components()) if (!TemplateChecks.NAMES.contains(c.check())) throw new IllegalArgumentException(def.id() + ": no such check " + c.check());
        }
        this.def = def;
        this.versions = versions;
    }

    @Override
    public String id() {
        return def.id();
    }

    @Override
    public String title() {
        return def.title();
    }

    @Override
    public Source source() {
        return def.source();
    }

    @Override
    public boolean appliesTo(TemplateContext context) {
        var org = context.organization();
        Applies a = def.appliesTo();
        return (a.types() == null || a.types().isEmpty() || a.types().contains(org.type()))
                && (a.essaStatus() == null || a.essaStatus().isEmpty() || a.essaStatus().contains(org.essaStatus()));
    }

    @Override
    public List<TemplateSection> render(TemplateContext context) {
        List<Version> vs = versions.apply(context.plan().id());
        List<TemplateSection> out = new ArrayList<>();
        for (SectionData s : def.sections()) {
            if (!s.askedOf(context)) continue;
            List<TemplateSection.Entry> entries = new ArrayList<>();
            for (String view : s.shows()) entries.addAll(TemplateViews.entries(view, context, vs));
            List<String> missing = new ArrayList<>();
            for (Component c : s.components()) {
                TemplateChecks.gap(c.check(), c.words(), context, vs).ifPresent(gap -> missing.add(c.component() + " (" + c.cites() + "): "
                        + c.add() + (gap.isEmpty() ? "" : " [" + gap + "]")));
            }
            out.add(new TemplateSection(s.id(), s.title(), s.requires(), entries, missing));
        }
        return out;
    }

    /** @return how many components the template requires of this organization, for its completeness figure */
    int components(TemplateContext context) {
        return def.sections().stream().filter(s -> s.askedOf(context)).mapToInt(s -> s.components().size()).sum();
    }
}
