// Loose-tight: tight on the goals, loose on the means. Per goal of an organization (a district, say), the strategies
// its own plan and its schools' plans chose to serve it, and which of its schools have none yet.
export function registerAlignment(braid, p) {
  const { h, api } = p;
  // the organizations just below are read a page at a time from the server as the reader asks: a state has 1,200 districts
  const PAGE = 50;
  const redraw = []; // every goal's list of those not serving it, redrawn when more organizations are read

  braid.page('#/planning/loose-tight/:orgId', async (view, { orgId }) => {
    p.style();
    redraw.length = 0;
    const org = (await api('GET', `/orgs/${orgId}`)).body;
    const goals = (await api('GET', `/planning/goal-alignment?orgId=${encodeURIComponent(orgId)}`)).body.items;
    const below = children(orgId);
    await below.more();
    view.replaceChildren(h('h1', {}, `Loose-tight: the goals of ${org.name} and the strategies serving them`),
      h('p', {}, h('a', { href: `#/orgs/${orgId}` }, org.name), ' · ', h('a', { href: `#/orgs/${orgId}/direction` }, 'Its direction'), ' · ',
        h('a', { href: '#/planning' }, 'Plans')),
      h('p', { class: 'muted' }, `Each organization chooses its own strategies (loose); every strategy links to the goals it serves (tight). `
        + `A strategy serves a goal when its plan links it to the goal.`),
      ...(goals.length ? goals.map((g, i) => goalView(org, g, i, below)) : [h('p', {}, `${org.name} has no goal yet: its direction names them.`)]));
  });

  function children(orgId) {
    const list = { items: [], total: 0 };
    list.more = async () => {
      const r = (await api('GET', `/orgs?parentId=${encodeURIComponent(orgId)}&limit=${PAGE}&offset=${list.items.length}`)
        .catch(() => ({ body: { items: [], total: 0 } }))).body;
      list.items.push(...r.items);
      list.total = r.total;
    };
    return list;
  }

  /** Which of the organizations below have no strategy serving the goal yet, among those read so far, with a button for more. */
  function notServing(org, places, below, i) {
    const box = h('div', {});
    const draw = focus => {
      const without = below.items.filter(o => !places.has(o.id));
      const all = below.items.length >= below.total;
      const what = org.type === 'SEA' ? 'districts' : 'schools';
      const list = h('p', { tabindex: '-1' }, without.length
        ? `Not serving it yet${all ? '' : `, among the first ${below.items.length} of ${below.total} ${what}`}: ${without.map(o => o.name).join(', ')}.`
        : all ? `Every organization below ${org.name} serves it.` : `The first ${below.items.length} of ${below.total} ${what} all serve it.`);
      box.replaceChildren(list, all ? '' : h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: async () => {
        await below.more();
        redraw.forEach(r => r(r === draw));
      } }, `Look through ${Math.min(PAGE, below.total - below.items.length)} more of the ${below.total} ${what} for goal ${i + 1}`)));
      if (focus) list.focus();
    };
    redraw.push(draw);
    draw(false);
    return box;
  }

  function goalView(org, g, i, below) {
    const places = new Set(g.strategies.map(s => s.orgId));
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
      below.total ? notServing(org, places, below, i) : '');
  }
}
