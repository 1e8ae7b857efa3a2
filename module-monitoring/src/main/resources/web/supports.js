// Responsive supports: the catalog open to an organization, the practices where its work lags with the supports
// coded to them (and a request for one), a support's page (the organizations that need it most, requests to answer,
// whether work got back on track after each assignment) and the state's table of supports by effect, sortable.
const FORMATS = { PROFESSIONAL_LEARNING: 'Professional learning', COACHING: 'Coaching', TOOLKIT: 'Toolkit', NETWORK: 'Network',
  FUNDING: 'Funding', OTHER: 'Other' };
const pct = v => (v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`);
const signed = v => (v === null || v === undefined ? '–' : `${v > 0 ? '+' : ''}${Math.round(v * 100)} points`);

export function registerSupports(braid, { scroller }) {
  const { h, api } = braid;

  /** The signed-in user's organization (a coach's first assigned one, else the first state). */
  async function home() {
    const me = braid.me;
    let orgId = me.orgId || (me.assigned || [])[0];
    if (!orgId) {
      const seas = (await api('GET', '/orgs?type=SEA&limit=1')).body.items;
      orgId = seas.length ? seas[0].id : null;
    }
    return orgId;
  }

  function subnav(orgId, here) {
    const links = [['', 'Catalog'], ['/matches', 'Where work lags'], ['/effectiveness', 'Effect of supports']];
    return h('nav', { class: 'subnav', 'aria-label': 'Supports' }, h('ul', {}, links.map(([k, t]) =>
      h('li', {}, h('a', { href: `#/monitoring/supports/org/${orgId}${k}`, 'aria-current': k === here ? 'page' : undefined }, t)))));
  }

  function supportFields(practices) {
    return [
      { name: 'title', label: 'Title' },
      { name: 'description', label: 'Description', type: 'textarea' },
      { group: [
        { name: 'format', label: 'Format', type: 'select', options: Object.entries(FORMATS).map(([value, label]) => ({ value, label })) },
        { name: 'capacity', label: 'Capacity (organizations at once; empty for no limit)', type: 'number' }] },
      { name: 'practiceCodes', label: 'Practices it addresses', type: 'multiselect', options: practices },
      { group: [{ name: 'provider', label: 'Outside provider (if any)' }, { name: 'contact', label: 'Contact' }] },
    ];
  }

  async function practiceOptions() {
    const active = (await api('GET', '/frameworks')).body.items.find(f => f.active);
    if (!active) return [];
    const fw = (await api('GET', `/frameworks/${encodeURIComponent(active.id)}`)).body;
    return fw.domains.flatMap(d => d.practices.map(p => ({ value: p.code, label: `${p.code} ${p.name}` })));
  }

  function supportRow(s, orgs) {
    return h('tr', {}, h('th', { scope: 'row' }, h('a', { href: `#/monitoring/supports/${s.id}` }, s.title)),
      h('td', {}, orgs.get(s.providerOrgId) || '', s.origin === 'self-assessment' ? h('br') : '', s.origin === 'self-assessment' ? h('small', {}, 'from its self-assessment') : ''),
      h('td', {}, FORMATS[s.format] || s.format),
      h('td', {}, s.practiceCodes.length ? s.practiceCodes.join(', ') : h('span', { class: 'muted' }, 'Not coded yet: open it to code it')),
      h('td', {}, s.capacity ?? 'No limit'));
  }

  async function names(ids) {
    const out = new Map();
    for (const id of new Set(ids)) {
      try { out.set(id, (await api('GET', `/orgs/${id}`)).body.name); } catch (e) { out.set(id, ''); }
    }
    return out;
  }

  // ---------------------------------------------------------------- the catalog

  braid.page('#/monitoring/supports', async view => {
    const orgId = await home();
    if (!orgId) { view.replaceChildren(h('h1', {}, 'Supports'), h('p', {}, 'There is no organization to show yet.')); return; }
    braid.go(`#/monitoring/supports/org/${orgId}`);
  });

  braid.page('#/monitoring/supports/org/:orgId', async (view, { orgId }) => {
    const org = (await api('GET', `/orgs/${orgId}`)).body;
    const list = (await api('GET', `/monitoring/supports?orgId=${orgId}&limit=1000`)).body.items;
    const orgs = await names(list.map(s => s.providerOrgId));
    const practices = await practiceOptions();
    const table = list.length
      ? scroller('Supports', h('table', {}, h('caption', {}, `Supports open to ${org.name}`),
        h('thead', {}, h('tr', {}, ['Support', 'Offered by', 'Format', 'Practices', 'Capacity'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, list.map(s => supportRow(s, orgs)))))
      : h('p', { class: 'muted' }, 'No support is offered yet.');
    const add = braid.form(supportFields(practices), { format: 'COACHING' }, `Offer this support from ${org.name}`, async body => {
      const r = await api('POST', '/monitoring/supports', { ...body, providerOrgId: orgId });
      braid.notify(`Support "${r.body.title}" offered.`);
      braid.go(`#/monitoring/supports/${r.body.id}`);
    });
    view.replaceChildren(h('h1', {}, `Supports: ${org.name}`), subnav(orgId, ''), table,
      h('section', { 'aria-labelledby': 'offer-title' }, h('h2', { id: 'offer-title' }, 'Offer a support'),
        h('p', { class: 'muted' }, 'Code a support to the practices it addresses: it is then matched with the organizations whose work lags on them. '
          + 'A district\'s process self-assessment lists the supports it gives its schools: they are in the catalog as its own, to be coded here.'), add));
  });

  // ---------------------------------------------------------------- where work lags, and what can help

  braid.page('#/monitoring/supports/org/:orgId/matches', async (view, { orgId }) => {
    const org = (await api('GET', `/orgs/${orgId}`)).body;
    const m = (await api('GET', `/monitoring/supports/matches?orgId=${orgId}`)).body;
    const orgs = await names(m.items.flatMap(i => i.supports.map(s => s.providerOrgId)));
    const parts = [h('h1', {}, `Where work lags: ${org.name}`), subnav(orgId, '/matches'),
      h('p', {}, `School year ${m.schoolYear || '–'}. A practice lags when ${pct(m.threshold)} or more of its actions are off track, not reported or overdue.`)];
    if (!m.items.length) parts.push(h('p', { class: 'muted' }, 'No practice lags.'));
    for (const item of m.items) {
      const id = `lag-${item.practice}`;
      parts.push(h('section', { 'aria-labelledby': id }, h('h2', { id }, `${item.practice} ${item.name || ''}: ${pct(item.lag)} behind of ${item.actions} actions`),
        item.supports.length
          ? h('ul', { class: 'supports' }, item.supports.map(s => h('li', {}, h('a', { href: `#/monitoring/supports/${s.id}` }, s.title),
            ` (${FORMATS[s.format] || s.format}, ${orgs.get(s.providerOrgId) || ''}; addresses ${s.fit} of the lagging practices`,
            s.remaining === null ? '' : `; room for ${s.remaining} more`, ') ',
            org.type !== 'SEA' ? h('a', { href: `#/monitoring/supports/${s.id}/request/${orgId}/${item.practice}` }, `Ask for it`) : '')))
          : h('p', { class: 'muted' }, 'No support in the catalog addresses this practice.')));
    }
    if (org.type === 'SEA' && braid.me && (braid.me.roles.includes('admin') || braid.me.roles.includes('sea-staff'))) parts.push(await stateSettings(org));
    view.replaceChildren(...parts);
  });

  /** The state's own lag threshold and public minimum count (the configured defaults until it sets them), for its staff to change. */
  async function stateSettings(org) {
    const got = await api('GET', `/monitoring/orgs/${org.id}/settings`);
    const s = got.body;
    const form = braid.form([{ group: [
      { name: 'lagThresholdPercent', label: 'A practice lags from this percentage of its actions behind (1-100)', type: 'number' },
      { name: 'publicMinimumCount', label: 'Fewest students a result on a public page may be about (1-1000)', type: 'number' }] }],
    s, 'Save the state\'s settings', async body => {
      await api('PUT', `/monitoring/orgs/${org.id}/settings`, body, { ifMatch: `"${s.version}"` });
      braid.notify(`${org.name}'s settings saved.`);
      braid.go(`#/monitoring/supports/org/${org.id}/matches`);
    });
    return h('section', { 'aria-labelledby': 'state-settings' }, h('h2', { id: 'state-settings' }, `${org.name}'s settings`),
      h('p', { class: 'muted' }, s.source === 'state' ? `Set by ${s.changedBy} on ${s.changedAt.slice(0, 10)}; they apply to every district and school of the state.`
        : 'The defaults of this installation: the state has not set its own. They apply to every district and school of the state.'), form);
  }

  braid.page('#/monitoring/supports/:id/request/:orgId/:practice', async (view, { id, orgId, practice }) => {
    const s = (await api('GET', `/monitoring/supports/${id}`)).body;
    const org = (await api('GET', `/orgs/${orgId}`)).body;
    // the organization's plans: the milestones coded to the practice are what the support is asked for
    const plans = (await api('GET', `/planning/plans?orgId=${orgId}`)).body.items || [];
    const options = [];
    for (const p of plans) {
      const tree = (await api('GET', `/planning/plans/${p.id}`)).body;
      for (const a of tree.priorityAreas || []) for (const st of a.strategies || []) for (const ms of st.milestones || []) {
        const codes = ms.codes && ms.codes.length ? ms.codes : st.codes || [];
        if (codes.includes(practice)) options.push({ value: ms.id, label: `${p.schoolYear} ${ms.number || ''} ${ms.description}` });
      }
    }
    const form = braid.form([
      { name: 'elementIds', label: `Milestones coded to ${practice} the support is for`, type: 'multiselect', options },
      { name: 'startDate', label: 'Start', type: 'date' },
      { name: 'note', label: 'What the reports show, and what you need', type: 'textarea' },
    ], { startDate: new Date().toISOString().slice(0, 10), elementIds: options.map(o => o.value) }, 'Ask for this support', async body => {
      await api('POST', '/monitoring/support-assignments', { ...body, supportId: id, orgId });
      braid.notify(`Asked for "${s.title}"; its provider answers the request.`);
      braid.go(`#/monitoring/supports/org/${orgId}/matches`);
    });
    view.replaceChildren(h('h1', {}, `Ask for ${s.title}`), h('p', {}, `For ${org.name}.`), form);
  });

  // ---------------------------------------------------------------- one support

  braid.page('#/monitoring/supports/:id', async (view, { id }) => {
    const got = await api('GET', `/monitoring/supports/${id}`);
    const s = got.body;
    const provider = (await api('GET', `/orgs/${s.providerOrgId}`)).body;
    const parts = [h('h1', {}, s.title), h('p', {}, `${FORMATS[s.format] || s.format} offered by ${provider.name}${s.provider ? ` with ${s.provider}` : ''}. `,
      `Practices: ${s.practiceCodes.join(', ')}. Capacity: ${s.capacity ?? 'no limit'}.${s.contact ? ` Contact: ${s.contact}.` : ''}`),
    s.description ? h('p', {}, s.description) : ''];
    let effect = null, needs = null, requests = [];
    try {
      effect = (await api('GET', `/monitoring/supports/${id}/effectiveness`)).body;
      needs = (await api('GET', `/monitoring/supports/${id}/needs?orgId=${s.providerOrgId}&limit=20`)).body;
      requests = (await api('GET', `/monitoring/support-assignments?orgId=${s.providerOrgId}`)).body.items.filter(a => a.supportId === id && a.status === 'REQUESTED');
    } catch (e) {
      if (!(e instanceof braid.ApiError)) throw e; // only the provider's staff see who asked and what it did
    }
    if (requests.length) {
      const orgs = await names(requests.map(a => a.orgId));
      parts.push(h('section', { 'aria-labelledby': 'req-title' }, h('h2', { id: 'req-title' }, 'Requests to answer'),
        ...requests.map(a => h('div', { class: 'request' }, h('h3', {}, `${orgs.get(a.orgId)}, from ${a.startDate}`), a.note ? h('p', {}, a.note) : '',
          braid.form([{ name: 'staff', label: 'Staff who provide it' }], {}, 'Accept', async body => {
            await api('PUT', `/monitoring/support-assignments/${a.id}`, { status: 'ACCEPTED', staff: body.staff }, { ifMatch: `"${a.version}"` });
            braid.notify('Accepted.');
            braid.go(`#/monitoring/supports/${id}`);
          }),
          h('button', { type: 'button', onclick: async () => {
            await api('PUT', `/monitoring/support-assignments/${a.id}`, { status: 'DECLINED' }, { ifMatch: `"${a.version}"` });
            braid.notify('Declined.');
            braid.go(`#/monitoring/supports/${id}`);
          } }, 'Decline')))));
    }
    if (effect) {
      const sum = effect.summary;
      parts.push(h('section', { 'aria-labelledby': 'effect-title' }, h('h2', { id: 'effect-title' }, 'Did work get back on track?'),
        h('p', {}, `${sum.assignments} assignments; of the ${sum.measured} with reports on both sides of their start, ${sum.improved} improved. Mean change: ${signed(sum.meanChange)}.`),
        effect.items.length ? scroller('Assignments and their effect', h('table', {}, h('caption', {}, 'Share of the linked work on track in the three months before the start and the three from it'),
          h('thead', {}, h('tr', {}, ['Organization', 'Start', 'Staff', 'Before', 'After', 'Change'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, effect.items.map(r => h('tr', {}, h('th', { scope: 'row' }, r.orgName || ''), h('td', {}, r.assignment.startDate),
            h('td', {}, r.assignment.staff || ''), h('td', {}, pct(r.effect.before)), h('td', {}, pct(r.effect.after)),
            h('td', { class: r.effect.improved ? 's-ON_TRACK' : r.effect.improved === false ? 's-OFF_TRACK' : '' }, signed(r.effect.change)))))))
          : h('p', { class: 'muted' }, 'Not assigned yet.')));
    }
    if (needs) {
      parts.push(h('section', { 'aria-labelledby': 'needs-title' }, h('h2', { id: 'needs-title' }, 'Who needs it most'),
        needs.items.length ? scroller('Organizations most behind on its practices', h('table', {}, h('caption', {}, `Most behind on ${s.practiceCodes.join(', ')}, school year ${needs.schoolYear}`),
          h('thead', {}, h('tr', {}, ['Organization', 'Level', 'Actions', 'Behind', 'Share behind'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, needs.items.map(o => h('tr', {}, h('th', { scope: 'row' }, o.name), h('td', {}, o.type), h('td', {}, o.actions), h('td', {}, o.behind), h('td', {}, pct(o.lag)))))))
          : h('p', { class: 'muted' }, 'No organization has actions on these practices.')));
      const practices = await practiceOptions();
      parts.push(h('section', { 'aria-labelledby': 'edit-title' }, h('h2', { id: 'edit-title' }, 'Change this support'),
        braid.form(supportFields(practices), s, 'Save', async body => {
          await api('PUT', `/monitoring/supports/${id}`, { ...body, providerOrgId: s.providerOrgId }, { ifMatch: got.etag });
          braid.notify('Saved.');
          braid.go(`#/monitoring/supports/${id}`);
        })));
    }
    view.replaceChildren(...parts);
  });

  // ---------------------------------------------------------------- the state's table of supports by effect

  braid.page('#/monitoring/supports/org/:orgId/effectiveness', async (view, { orgId }) => {
    const org = (await api('GET', `/orgs/${orgId}`)).body;
    const rows = (await api('GET', `/monitoring/supports/effectiveness?orgId=${orgId}`)).body.items;
    const columns = [['title', 'Support'], ['format', 'Format'], ['assignments', 'Assignments'], ['measured', 'Measured'], ['improved', 'Improved'],
      ['meanChange', 'Mean change']];
    let sortKey = 'meanChange', descending = true;
    const body = h('tbody');
    const head = h('tr');
    const fill = () => {
      const sorted = [...rows].sort((a, b) => {
        const x = a[sortKey] ?? -Infinity, y = b[sortKey] ?? -Infinity;
        const c = typeof x === 'string' ? x.localeCompare(y) : x - y;
        return descending ? -c : c;
      });
      body.replaceChildren(...sorted.map(r => h('tr', {}, h('th', { scope: 'row' }, h('a', { href: `#/monitoring/supports/${r.supportId}` }, r.title)),
        h('td', {}, FORMATS[r.format] || r.format), h('td', {}, r.assignments), h('td', {}, r.measured), h('td', {}, r.improved), h('td', {}, signed(r.meanChange)))));
      head.replaceChildren(...columns.map(([k, t]) => h('th', { scope: 'col', 'aria-sort': k === sortKey ? (descending ? 'descending' : 'ascending') : 'none' },
        h('button', { type: 'button', class: 'sort', onclick: () => { descending = k === sortKey ? !descending : true; sortKey = k; fill(); } }, t))));
    };
    fill();
    view.replaceChildren(h('h1', {}, `Effect of supports: ${org.name}`), subnav(orgId, '/effectiveness'),
      h('p', {}, 'For each support, its assignments in this organization and below: how many had reports on both sides of their start, how many improved, and the mean change in the share of the linked work on track. Sort by any column.'),
      rows.length ? scroller('Supports by effect', h('table', {}, h('caption', {}, 'Supports by effect'), h('thead', {}, head), body))
        : h('p', { class: 'muted' }, 'No support yet.'));
  });
  return { home };
}
