// One plan, many required plans: the templates (Title I schoolwide, CSI, TSI/ATSI, a state's) that apply to the plan,
// with how much of each the plan shows, and one of them drawn from the plan with the components it still lacks.
export function registerTemplates(braid, p) {
  const { h, api } = p;
  const percent = x => `${Math.round(x * 100)}%`;

  braid.page('#/planning/plans/:id/templates/:templateId', async (view, { id, templateId }) => {
    p.style();
    const { plan, org } = await p.planAndOrg(id);
    let r;
    try {
      r = (await api('GET', `/planning/plans/${id}/templates/${encodeURIComponent(templateId)}`)).body;
    } catch (e) {
      view.replaceChildren(...p.planHeading(plan, org, 'Required plan'), h('p', { role: 'alert' }, e.message || 'This required plan is not available.'));
      return;
    }
    const source = r.source ? `${r.source.title}, ${r.source.section} (${r.source.publisher}, ${r.source.year})` : '';
    view.replaceChildren(...p.planHeading(plan, org, r.title),
      h('p', { class: 'lead' }, `The plan shows ${percent(r.completeness)} of what this plan requires`,
        r.missing ? `; ${r.missing} required component${r.missing === 1 ? '' : 's'} missing.` : '.', ' ',
        h('a', { href: `/api/planning/plans/${id}/templates/${encodeURIComponent(r.id)}/pdf` }, `Print the ${r.title} (PDF)`)),
      source ? h('p', { class: 'muted' }, `Source: ${source}`) : '',
      ...r.sections.map(s => h('section', { class: 'card template-section', 'aria-labelledby': `ts-${s.id}` },
        h('h2', { id: `ts-${s.id}` }, s.title, ' ', h('span', { class: s.missing.length ? 'badge missing' : 'badge complete' },
          s.missing.length ? `${s.missing.length} missing` : 'complete')),
        s.requires ? h('p', { class: 'muted' }, `Requires: ${s.requires}`) : '',
        s.entries.length ? h('ul', { class: 'entries' }, s.entries.map(e => h('li', { class: `depth-${Math.min(e.depth, 3)}` },
          h('strong', {}, `${e.label}: `), e.text || '')))
          : (s.tables || []).some(t => t.rows.length) ? '' : h('p', { class: 'muted' }, 'The plan shows nothing for this section yet.'),
        // the template's own tables (e.g. a state form's strategies with their steps), laid out as the form has them
        ...(s.tables || []).map(t => h('table', { class: 'template-table' },
          t.caption ? h('caption', {}, t.caption) : '',
          h('thead', {}, h('tr', {}, t.columns.map(c => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, t.rows.map(r => h('tr', {}, r.map(c => h('td', {}, c))))))),
        s.missing.length ? h('div', { class: 'missing-components' }, h('h3', {}, 'Missing'),
          h('ul', {}, s.missing.map(m => h('li', {}, m)))) : '')));
  });
}

/** The plan page's "Required plans": the templates that apply, with their completeness, each linking to its view and print. */
export async function drawRequiredPlans(p, box, id) {
  const { h, api } = p;
  const title = h('h2', { id: 'required-title' }, 'Required plans');
  try {
    const items = (await api('GET', `/planning/plans/${id}/templates`)).body.items;
    box.replaceChildren(title, items.length
      ? h('ul', { class: 'required-plans' }, items.map(t => h('li', {},
        h('a', { href: `#/planning/plans/${id}/templates/${encodeURIComponent(t.id)}` }, t.title),
        ` — ${Math.round(t.completeness * 100)}% complete`, t.missing ? `, ${t.missing} missing` : '', ' · ',
        h('a', { href: `/api/planning/plans/${id}/templates/${encodeURIComponent(t.id)}/pdf`, 'aria-label': `Print the ${t.title} (PDF)` }, 'PDF'))))
      : h('p', { class: 'muted' }, 'No required plan applies to this organization.'));
  } catch (e) {
    box.replaceChildren(title, h('p', { class: 'muted' }, 'The required plans are not available.'));
  }
}
