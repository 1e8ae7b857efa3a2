package org.braid.planning.api;

import java.util.List;

import org.braid.core.spi.Source;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plan a state or the law requires (a Title I schoolwide plan, a CSI plan, a state's own action plan), drawn from the
 * one plan an organization keeps: it maps the plan's elements onto the required sections, and says which required
 * components the plan does not show yet. Registered as a service by planning (the ESSA plans) and by state packs.
 *
 * @since 1.3
 */
@ConsumerType
public interface PlanTemplate {
    /** @return a stable id, e.g. {@code title-i-schoolwide}, used in paths */
    String id();

    /** @return the template's name as the state calls it */
    String title();

    /** @return where its required components come from (a statute section, a state's template) */
    Source source();

    /** @return whether this template applies to the plan's organization (by ESSA status, type) */
    boolean appliesTo(TemplateContext context);

    /**
     * @return the template's sections in order, each with what the plan shows for it and the required components it
     *         does not show; runs in the caller's transaction
     */
    List<TemplateSection> render(TemplateContext context);
}
