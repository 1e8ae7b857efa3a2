// Loose-tight: tight on the goals, loose on the means. Per goal of an organization (a district, say), the strategies
// its own plan and its schools' plans chose to serve it, and which of its schools have none yet.
export function registerAlignment(braid, p) {
  const { h, api } = p;

  braid.page('#/planning/loose-tight/:orgId', async (view, { orgId }) => {
    p.style();
    const org = (await api('GET', `/orgs/${orgId}`)).body;
    const goals = (await api('GET', `/planning/goal-alignment?orgId=${encodeURIComponent(orgId)}`)).body.items;
    const below = (await api('GET', `/orgs/${orgId}/children`).catch(() => ({ body: { items: [] } }))).body.items;
    view.replaceChildren(h('h1', {}, `Loose-tight: the goals of ${org.name} and the strategies serving them`),
      h('p', {}, h('a', { href: `#/orgs/${orgId}` }, org.name), ' · ', h('a', { href: `#/orgs/${orgId}/direction` }, 'Its direction'), ' · ',
        h('a', { href: '#/planning' }, 'Plans')),
      h('p', { class: 'muted' }, `Each organization chooses its own strategies (loose); every strategy links to the goals it serves (tight). `
        + `A strategy serves a goal when its plan links it to the goal.`),
      ...(goals.length ? goals.map((g, i) => goalView(org, g, i, below)) : [h('p', {}, `${org.name} has no goal yet: its direction names them.`)]));
  });

  function goalView(org, g, i, below) {
    const places = new Set(g.strategies.map(s => s.orgId));
    const without = below.filter(o => !places.has(o.id));
    const titleId = `goal-${i}`;
    return h('section', { class: 'card', 'aria-labelledby': titleId },
      h('h2', { id: titleId }, `Goal ${i + 1}: ${g.statement}`),
      h('p', { class: 'count' }, `${g.strategies.length} ${g.strategies.length === 1 ? 'strategy' : 'strategies'} in ${places.size} `
        + `${places.size === 1 ? 'organization' : 'organizations'} serve this goal.`),
      g.strategies.length ? p.scroller(`Strategies serving goal ${i + 1}`, h('table', {}, h('caption', {}, `Strategies serving goal ${i + 1}`),
        h('thead', {}, h('tr', {}, ['Organization', 'Plan', 'Strategy', 'Statement', 'Practices'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, g.strategies.map(s => h('tr', {}, h('th', { scope: 'row' }, s.orgName),
          h('td', {}, h('a', { href: `#/planning/plans/${s.planId}` }, s.schoolYear)), h('td', {}, s.number),
          h('td', { class: 'statement' }, s.statement), h('td', {}, (s.codes || []).join(', ')))))))
        : h('p', { class: 'muted' }, 'No strategy serves this goal yet.'),
      below.length ? h('p', {}, without.length
        ? `Not serving it yet: ${without.map(o => o.name).join(', ')}.`
        : `Every organization below ${org.name} serves it.`) : '');
  }
}
