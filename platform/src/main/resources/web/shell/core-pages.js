// The core pages: home, the network (SEA > LEA > school), an organization's overview, its
// direction editor, and the administrator's modules; users and the audit trail are in admin-pages.js, export,
// import and backup in transfer-pages.js.
import { register as registerAdmin } from './admin-pages.js';
import { register as transfer } from './transfer-pages.js';

export function register(braid) {
  const { h, api } = braid;
  transfer(braid);

  braid.page('#/', async view => {
    const me = braid.me;
    const own = me.orgId ? (await api('GET', `/orgs/${me.orgId}`).catch(() => null))?.body : null;
    view.replaceChildren(
      h('h1', {}, `Welcome, ${me.username}`),
      h('p', {}, `You are signed in as ${me.roles.join(', ')}`, own ? [' of ', h('a', { href: `#/orgs/${own.id}` }, own.name)] : '', '.'),
      h('p', {}, h('a', { href: '#/network' }, 'Browse the network'), ' to find an organization by name or NCES id.'));
  });

  braid.page('#/network', async view => {
    const results = h('div', { id: 'results' });
    const form = h('form', { role: 'search', class: 'card' },
      h('label', { for: 'q' }, 'Find an organization by name or NCES id'),
      h('input', { id: 'q', name: 'q', type: 'search' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Search')));
    // a page of 50 at a time, found and counted by the server
    const PAGE = 50;
    const find = async (q, offset) => {
      const r = (await api('GET', `/orgs?q=${encodeURIComponent(q)}&limit=${PAGE}&offset=${offset}`)).body;
      const pager = h('div', { class: 'actions' },
        offset > 0 ? h('button', { type: 'button', class: 'secondary', onclick: () => find(q, Math.max(0, offset - PAGE)) }, 'Previous 50') : '',
        offset + r.items.length < r.total ? h('button', { type: 'button', class: 'secondary', onclick: () => find(q, offset + PAGE) }, 'Next 50') : '');
      // a name search is counted only so far past the page: past that, "more than"
      const total = r.totalStopped ? `more than ${r.total - 1}` : `${r.total}`;
      results.replaceChildren(h('h2', { tabindex: '-1' }, r.totalStopped ? `More than ${r.total - 1} found` : `${r.total} found`),
        r.total > r.items.length ? h('p', { class: 'muted' }, `${offset + 1}–${offset + r.items.length} of ${total}`) : '',
        orgTable(r.items), pager);
      if (offset > 0) results.querySelector('h2').focus();
    };
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      await find(form.q.value, 0);
    });
    const me = braid.me;
    // the tree opens lazily, a level at a time, so a state with thousands of schools stays fast
    const roots = me.roles.includes('admin')
      ? (await api('GET', '/orgs?type=SEA&limit=1000')).body.items
      : (await Promise.all([me.orgId, ...(me.assigned || [])].filter(Boolean).map(id => api('GET', `/orgs/${id}`).then(r => r.body).catch(() => null))))
        .filter(o => o && (me.roles.some(r => r !== 'coach') || (me.assigned || []).includes(o.id)));
    const tree = h('div', { class: 'tree' }, h('ul', {}, roots.map(o => node(o, true))));
    view.replaceChildren(h('h1', {}, 'Network'), form, results, h('h2', {}, 'Organizations you can see'), tree,
      me.roles.includes('admin') ? addState() : '');
    tree.querySelectorAll('details[open]').forEach(d => d.dispatchEvent(new Event('toggle')));
  });

  /** An administrator adds a state education agency, the root of a network; its districts are added from its page. */
  function addState() {
    return h('section', { 'aria-labelledby': 'add-state-title' }, h('h2', { id: 'add-state-title' }, 'States'),
      h('details', {}, h('summary', {}, 'Add a state'), braid.form([{ name: 'name', label: 'Name of the state education agency' },
        { name: 'ncesId', label: 'NCES id (two digits, if known)' }], {}, 'Add the state', async body => {
        const made = (await api('POST', '/orgs', { ...body, type: 'SEA', parentId: null, essaStatus: 'NONE' })).body;
        braid.notify(`${made.name} added: add its districts from its page.`);
        braid.go(`#/orgs/${made.id}`);
      })));
  }

  function node(org, open = false) {
    const label = [h('a', { href: `#/orgs/${org.id}` }, org.name), ' ', h('span', { class: 'muted' }, org.type), ' ', essa(org)];
    if (org.type === 'SCHOOL') return h('li', {}, ...label);
    const kids = h('ul', {}, h('li', { class: 'muted' }, 'Loading…'));
    // the link and the disclosure are separate controls: a link inside <summary> is not reachable alone
    const details = h('details', { open }, h('summary', {}, org.type === 'SEA' ? `Districts of ${org.name}` : `Schools of ${org.name}`), kids);
    let loaded = false;
    // a page at a time from the server: a state's 1,200 districts come 50 by 50, on request
    const more = async offset => {
      const r = await childPage(org.id, offset);
      const what = org.type === 'SEA' ? 'districts' : 'schools';
      const shown = offset + r.items.length;
      const rows = r.items.map(c => node(c));
      if (offset === 0) {
        kids.replaceChildren(...(rows.length ? rows : [h('li', { class: 'muted' }, 'None')]));
      } else {
        kids.querySelector('li.more')?.remove();
        kids.append(...rows);
      }
      if (shown < r.total) {
        kids.append(h('li', { class: 'more' }, h('span', { class: 'muted' }, `${shown} of ${r.total} ${what} shown. `),
          h('button', { type: 'button', class: 'secondary', onclick: () => more(shown) }, `Show the next ${count(Math.min(PAGE, r.total - shown), org)} of ${org.name}`)));
      } else if (offset > 0) {
        kids.append(h('li', { class: 'more muted' }, `All ${r.total} ${what} shown.`));
      }
      // the first new entry takes the focus, so a keyboard user goes on from where the list grew
      if (offset > 0 && rows.length) rows[0].querySelector('a').focus();
    };
    details.addEventListener('toggle', async () => {
      if (!details.open || loaded) return;
      loaded = true;
      await more(0);
    });
    return h('li', {}, ...label, details);
  }

  /** "1 school", "4 districts": a number of an organization's children. */
  function count(n, org) {
    return `${n} ${org.type === 'SEA' ? (n === 1 ? 'district' : 'districts') : (n === 1 ? 'school' : 'schools')}`;
  }

  /** A page of an organization's open children, in name order, with their total. */
  const PAGE = 50;
  async function childPage(parentId, offset) {
    return (await api('GET', `/orgs?parentId=${encodeURIComponent(parentId)}&limit=${PAGE}&offset=${offset}`)).body;
  }

  /** An organization's districts or schools, a page at a time, with how many there are and previous/next buttons. */
  function childrenSection(org, first) {
    const what = org.type === 'SEA' ? 'districts' : 'schools';
    const section = h('section', { 'aria-labelledby': 'children-title' });
    const draw = (r, offset, focus) => {
      const heading = h('h2', { id: 'children-title', tabindex: '-1' }, `${org.type === 'SEA' ? 'Districts' : 'Schools'} (${r.total})`);
      section.replaceChildren(heading,
        r.total > r.items.length ? h('p', { class: 'muted' }, `${offset + 1}–${offset + r.items.length} of ${r.total} ${what}`) : '',
        orgTable(r.items),
        r.total > r.items.length ? h('div', { class: 'actions' },
          offset > 0 ? h('button', { type: 'button', class: 'secondary', onclick: () => go(Math.max(0, offset - PAGE)) }, `Previous ${PAGE} ${what}`) : '',
          offset + r.items.length < r.total ? h('button', { type: 'button', class: 'secondary', onclick: () => go(offset + PAGE) },
            `Next ${count(Math.min(PAGE, r.total - offset - r.items.length), org)}`) : '') : '');
      if (focus) heading.focus();
    };
    const go = async offset => draw(await childPage(org.id, offset), offset, true);
    draw(first, 0, false);
    return section;
  }

  function essa(org) {
    return org.essaStatus && org.essaStatus !== 'NONE' ? h('span', { class: `badge ${org.essaStatus.toLowerCase()}` }, org.essaStatus) : '';
  }

  function orgTable(items) {
    return h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Level'),
      h('th', { scope: 'col' }, 'NCES id'), h('th', { scope: 'col' }, 'ESSA status'))),
      h('tbody', {}, items.map(o => h('tr', {}, h('td', {}, h('a', { href: `#/orgs/${o.id}` }, o.name)), h('td', {}, o.type),
        h('td', {}, o.ncesId || '—'), h('td', {}, o.essaStatus)))));
  }

  braid.page('#/orgs/:id', async (view, { id }) => {
    const got = await api('GET', `/orgs/${id}`);
    const org = got.body;
    const [dir, kids, parent, plans, closure, coding] = await Promise.all([
      api('GET', `/orgs/${id}/direction`).then(r => r.body),
      org.type === 'SCHOOL' ? { items: [], total: 0 } : childPage(id, 0),
      org.parentId ? api('GET', `/orgs/${org.parentId}`).then(r => r.body).catch(() => null) : null,
      api('GET', `/planning/plans?orgId=${id}`).then(r => r.body.items).catch(() => null),
      api('GET', `/orgs/${id}/closure`).then(r => r.body),
      org.type === 'LEA' ? Promise.all([api('GET', `/orgs/${id}/coding-framework`), api('GET', '/frameworks')])
        .then(([c, f]) => ({ choice: c.body, etag: c.etag, frameworks: f.body.items })).catch(() => null) : null]);
    view.replaceChildren(
      h('h1', {}, org.name),
      closure.closed ? h('p', { class: 'closed-note' }, `Closed on ${closure.closedAt.slice(0, 10)}: kept with its history, left out of the lists.`) : '',
      h('p', {}, `${org.type}`, org.ncesId ? ` · NCES ${org.ncesId}` : '', ' · ESSA status: ', org.essaStatus,
        parent ? [' · part of ', h('a', { href: `#/orgs/${parent.id}` }, parent.name)] : ''),
      canEdit(id) ? h('div', { class: 'actions' }, h('a', { href: `#/orgs/${id}/direction` }, 'Edit direction')) : '',
      h('section', {}, h('h2', {}, 'Direction'), dir.version ? directionView(dir) : h('p', { class: 'muted' }, 'No direction written yet.')),
      plans ? h('section', {}, h('h2', {}, 'Plans'), plans.length
        ? h('ul', {}, plans.map(p => h('li', {}, h('a', { href: `#/planning/plans/${p.id}` }, p.schoolYear), ` — ${p.status}`)))
        : h('p', { class: 'muted' }, 'No plan yet.')) : '',
      kids.total ? childrenSection(org, kids) : '',
      coding ? codingFramework(org, coding) : '',
      manage(org, got.etag, closure, kids),
      braid.exportControl(org));
  });

  /** A district's coding framework: the state's, or its own where the state allows districts to choose. */
  function codingFramework(org, { choice, frameworks }) {
    const name = id => (frameworks.find(f => f.id === id) || { name: id }).name;
    const parts = [h('p', {}, `Its plans are coded to ${name(choice.active)}`, choice.codingFramework ? ', its own choice.' : ', the state\'s framework.')];
    const state = braid.me.roles.includes('admin') || braid.me.roles.includes('sea-staff');
    if (frameworks.length > 1 && (canEdit(org.id) || state)) {
      const select = h('select', { id: 'district-framework', name: 'codingFramework' },
        h('option', { value: '', selected: !choice.codingFramework }, 'The state\'s framework'),
        frameworks.map(f => h('option', { value: f.id, selected: f.id === choice.codingFramework }, f.name)));
      const form = h('form', { novalidate: true }, h('label', { for: 'district-framework' }, 'Coding framework of the district'), select,
        h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save the framework')));
      form.addEventListener('submit', async ev => {
        ev.preventDefault();
        try {
          await api('PUT', `/orgs/${org.id}/coding-framework`, { codingFramework: select.value || null });
          braid.notify('The district\'s framework is saved; codes already in its plans keep theirs.');
          braid.go(`#/orgs/${org.id}`);
        } catch (e) {
          if (!(e instanceof braid.ApiError)) throw e;
          braid.showErrors(form, e);
        }
      });
      parts.push(h('details', {}, h('summary', {}, 'Choose another framework'),
        h('p', {}, 'Where the state allows it, a district codes its plans and its schools\' to another installed framework; the roll-ups read them through its crosswalk.'), form));
    }
    return h('section', { 'aria-labelledby': 'framework-title' }, h('h2', { id: 'framework-title' }, 'Coding framework'), ...parts);
  }

  /** Editing, adding under, and closing an organization, for those the API lets do it (it decides, field by field). */
  function manage(org, etag, closure, kids) {
    const me = braid.me;
    const state = me.roles.includes('admin') || me.roles.includes('sea-staff');
    const above = state || (org.parentId && canEdit(org.parentId));
    const parts = [];
    if (canEdit(org.id) || state) {
      parts.push(h('details', {}, h('summary', {}, `Edit ${org.name}`), braid.form([
        { name: 'name', label: 'Name' }, { name: 'ncesId', label: 'NCES id' },
        { name: 'essaStatus', label: 'ESSA status (set by the state)', type: 'select', options: ['NONE', 'CSI', 'TSI', 'ATSI'].map(v => ({ value: v, label: v })) }],
      org, 'Save', async body => {
        await api('PUT', `/orgs/${org.id}`, { ...org, ...body }, { ifMatch: etag });
        braid.notify(`${body.name || org.name} saved.`);
        braid.go(`#/orgs/${org.id}`);
      })));
    }
    if (org.type !== 'SCHOOL' && !closure.closed && (canEdit(org.id) || state)) {
      const kind = org.type === 'SEA' ? 'district' : 'school';
      parts.push(h('details', {}, h('summary', {}, `Add a ${kind} to ${org.name}`), braid.form([{ name: 'name', label: `Name of the ${kind}` },
        { name: 'ncesId', label: 'NCES id' }], {}, `Add the ${kind}`, async body => {
        const made = (await api('POST', '/orgs', { ...body, type: org.type === 'SEA' ? 'LEA' : 'SCHOOL', parentId: org.id, essaStatus: 'NONE' })).body;
        braid.notify(`${made.name} added.`);
        braid.go(`#/orgs/${made.id}`);
      })));
    }
    if (above && org.type !== 'SEA' && !closure.closed) {
      // a school moves to another district, a district to another state; the API checks rights over both parents
      const level = org.type === 'SCHOOL' ? 'LEA' : 'SEA';
      const to = braid.orgPicker({ label: `New ${level === 'LEA' ? 'district' : 'state'}`, name: 'parentId', type: level });
      const move = h('form', { novalidate: true }, to, h('div', { class: 'actions' }, h('button', { type: 'submit' }, `Move ${org.name}`)));
      move.addEventListener('submit', async ev => {
        ev.preventDefault();
        try {
          if (!to.value) throw new braid.ApiError(400, { error: 'choose where it goes', details: [{ field: 'parentId', message: 'choose where it goes' }] });
          await api('PUT', `/orgs/${org.id}`, { ...org, parentId: to.value }, { ifMatch: etag });
          braid.notify(`${org.name} moved.`);
          braid.go(`#/orgs/${org.id}`);
        } catch (e) {
          if (!(e instanceof braid.ApiError)) throw e;
          if (e.status === 412) { braid.notify('Someone else changed this organization; it is shown as it is now.', true); braid.go(`#/orgs/${org.id}`); return; }
          braid.showErrors(move, e);
        }
      });
      parts.push(h('details', {}, h('summary', {}, `Move ${org.name} to another ${level === 'LEA' ? 'district' : 'state'}`),
        h('p', {}, 'It takes its plans, reports and history with it; the roll-ups count it under its new parent from now on.'), move));
    }
    if (above && org.type !== 'SEA') {
      const text = closure.closed ? `Open ${org.name} again` : `Close ${org.name}`;
      parts.push(h('details', {}, h('summary', {}, text),
        h('p', {}, closure.closed ? 'It comes back into the lists, with its records.'
          : `A closed ${org.type === 'LEA' ? 'district' : 'school'} keeps its plans, reports and history, and leaves the lists. ${kids.total ? 'Close or move the organizations under it first.' : ''}`),
        h('div', { class: 'actions' }, h('button', { type: 'button', class: closure.closed ? '' : 'danger', onclick: async () => {
          try {
            await api('PUT', `/orgs/${org.id}/closure`, { closed: !closure.closed });
            braid.notify(closure.closed ? `${org.name} is open again.` : `${org.name} is closed.`);
            braid.go(`#/orgs/${org.id}`);
          } catch (e) {
            if (!(e instanceof braid.ApiError)) throw e;
            braid.notify(e.body.details && e.body.details[0] ? e.body.details[0].message : e.message, true);
          }
        } }, text))));
    }
    return parts.length ? h('section', { 'aria-labelledby': 'manage-title' }, h('h2', { id: 'manage-title' }, 'Manage'), ...parts) : '';
  }

  /** Mirrors the API's rule, to offer only what will work; the API decides. */
  function canEdit(orgId) {
    const me = braid.me;
    return me.roles.includes('admin') || (me.orgId === orgId && me.roles.some(r => ['sea-staff', 'lea-leader', 'school-leader'].includes(r)));
  }

  function directionView(d) {
    return h('div', {},
      ['vision', 'mission', 'purpose'].filter(k => d[k]).map(k => h('p', {}, h('strong', {}, k[0].toUpperCase() + k.slice(1) + ': '), d[k])),
      (d.glossary || []).length ? h('details', {}, h('summary', {}, `Glossary (${d.glossary.length} term${d.glossary.length === 1 ? '' : 's'})`),
        h('dl', {}, d.glossary.flatMap(t => [h('dt', {}, t.term), h('dd', {}, t.definition)]))) : '',
      d.goals.map((g, i) => h('div', { class: 'card' }, h('h3', {}, `Goal ${i + 1}`), h('p', {}, g.statement),
        g.explanation ? h('p', { class: 'muted' }, g.explanation) : '',
        g.measures.length ? measuresTable(g.measures) : '')));
  }

  function measuresTable(ms) {
    const years = [...new Set(ms.flatMap(m => Object.keys(m.targets)))].sort();
    return h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Indicator'), h('th', { scope: 'col' }, 'Data source'),
      h('th', { scope: 'col' }, 'Baseline'), years.map(y => h('th', { scope: 'col' }, `Target ${y}`)))),
      h('tbody', {}, ms.map(m => h('tr', {}, h('td', {}, m.indicator), h('td', {}, m.dataSource), h('td', {}, m.baseline),
        years.map(y => h('td', {}, m.targets[y] || '—'))))));
  }

  braid.page('#/orgs/:id/direction', async (view, { id }) => {
    const org = (await api('GET', `/orgs/${id}`)).body;
    let current = await api('GET', `/orgs/${id}/direction`);
    const form = h('form', { novalidate: true });
    const goals = h('div', {});
    const text = (name, label, value) => [h('label', { for: name }, label), h('textarea', { id: name, name }, value || '')];
    let seq = 0;

    function field(name, label, value) {
      const id = `f${seq++}`;
      return h('div', {}, h('label', { for: id }, label), h('input', { id, name, value: value || '' }));
    }

    function measureBlock(m = { indicator: '', dataSource: '', baseline: '', targets: {} }) {
      const years = Object.keys(m.targets).length ? Object.entries(m.targets) : [['2026-27', ''], ['2027-28', '']];
      const box = h('fieldset', { class: 'card measure', 'data-id': m.id || '' }, h('legend', {}, 'Goal measure'),
        h('div', { class: 'row' }, field('indicator', 'Indicator', m.indicator), field('dataSource', 'Data source', m.dataSource), field('baseline', 'Baseline', m.baseline)),
        h('div', { class: 'row targets' }, years.map(([y, v]) => field(`target:${y}`, `Target ${y}`, v))),
        h('button', { type: 'button', class: 'danger', onclick: () => { box.remove(); renumber(); } }, 'Remove measure'));
      return box;
    }

    // the glossary: the words the direction uses, each with what it means here (seed 001: a shared language)
    const glossary = h('div', {});
    function termBlock(t = { term: '', definition: '' }) {
      const box = h('fieldset', { class: 'card term' }, h('legend', {}, 'Term'),
        h('div', { class: 'row' }, field('term', 'Term', t.term), field('definition', 'What it means here', t.definition)),
        h('button', { type: 'button', class: 'danger', onclick: () => { box.remove(); renumber(); } }, 'Remove term'));
      return box;
    }

    function goalBlock(g = { statement: '', explanation: '', measures: [] }) {
      const measures = h('div', { class: 'measures' }, g.measures.map(m => measureBlock(m)));
      const box = h('fieldset', { class: 'card goal', 'data-id': g.id || '' }, h('legend', {}, 'Goal'),
        field('statement', 'Goal statement', g.statement), field('explanation', 'Why this goal', g.explanation), measures,
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary', onclick: () => { measures.append(measureBlock()); renumber(); } }, 'Add a measure'),
          h('button', { type: 'button', class: 'danger', onclick: () => { box.remove(); renumber(); } }, 'Remove goal')));
      return box;
    }

    // field names follow the JSON paths the API names in its errors, e.g. goals[0].measures[1].baseline
    function renumber() {
      glossary.querySelectorAll('.term').forEach((t, i) => {
        t.querySelector('legend').textContent = `Term ${i + 1}`;
        t.querySelectorAll('input').forEach(inp => inp.name = `glossary[${i}].${inp.name.split('.').pop()}`);
        t.querySelector('button').textContent = `Remove term ${i + 1}`;
      });
      goals.querySelectorAll('.goal').forEach((g, i) => {
        g.querySelector('legend').textContent = `Goal ${i + 1}`;
        g.querySelectorAll(':scope > div > input, :scope > input').forEach(inp => inp.name = `goals[${i}].${inp.name.split('.').pop()}`);
        g.querySelectorAll('.measure').forEach((m, j) => {
          m.querySelector('legend').textContent = `Goal ${i + 1}, measure ${j + 1}`;
          m.querySelectorAll('input').forEach(inp => {
            const last = inp.name.split('.').pop();
            inp.name = last.startsWith('target:') ? `goals[${i}].measures[${j}].${last}` : `goals[${i}].measures[${j}].${last}`;
          });
        });
      });
    }

    function collect() {
      return {
        vision: form.vision.value || null, mission: form.mission.value || null, purpose: form.purpose.value || null,
        glossary: [...glossary.querySelectorAll('.term')].map(t => ({
          term: t.querySelector('input[name$=".term"]').value, definition: t.querySelector('input[name$=".definition"]').value })),
        goals: [...goals.querySelectorAll('.goal')].map(g => ({
          id: g.dataset.id || null,
          statement: g.querySelector('input[name$=".statement"]').value,
          explanation: g.querySelector('input[name$=".explanation"]').value || null,
          measures: [...g.querySelectorAll('.measure')].map(m => ({
            id: m.dataset.id || null,
            indicator: m.querySelector('input[name$=".indicator"]').value,
            dataSource: m.querySelector('input[name$=".dataSource"]').value,
            baseline: m.querySelector('input[name$=".baseline"]').value,
            targets: Object.fromEntries([...m.querySelectorAll('input[name*="target:"]')].map(t => [t.name.split('target:')[1], t.value])),
          })),
        })),
      };
    }

    goals.append(...current.body.goals.map(g => goalBlock(g)));
    glossary.append(...(current.body.glossary || []).map(t => termBlock(t)));
    const stale = h('div', {});
    form.append(
      h('div', { class: 'row' }, h('div', {}, text('vision', 'Vision', current.body.vision)), h('div', {}, text('mission', 'Mission', current.body.mission))),
      h('div', {}, text('purpose', 'Purpose statement (theory of action)', current.body.purpose)),
      h('h2', {}, 'Goals and goal measures'), goals,
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => { goals.append(goalBlock()); renumber(); } }, 'Add a goal')),
      h('h2', {}, 'Glossary'), h('p', { class: 'muted' }, 'The words this direction uses, and what each means here, so that everyone reads them alike.'),
      glossary,
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => { glossary.append(termBlock()); renumber(); } }, 'Add a term')),
      stale,
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save direction'), h('a', { href: `#/orgs/${id}` }, 'Back to overview')));
    renumber();
    // targets are edited as target:<year> inputs; the API names them targets.<year>
    const fieldFor = f => f.replace(/\.targets\.(\d{4}-\d{2})$/, '.target:$1').replace(/\.targets$/, '.target:');
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      try {
        current = await api('PUT', `/orgs/${id}/direction`, collect(), { ifMatch: current.etag });
        braid.notify('Direction saved.');
        braid.go(`#/orgs/${id}`);
      } catch (e) {
        if (e.status === 412) {
          stale.replaceChildren(h('div', { class: 'stale', role: 'alert' },
            h('p', {}, 'Someone else changed this direction since you opened it. Nothing was saved, and what you typed is still here.'),
            h('button', { type: 'button', onclick: async () => {
              current = await api('GET', `/orgs/${id}/direction`);
              stale.replaceChildren(h('p', { class: 'muted' }, 'Their version is loaded as the base; save again to replace it with yours.'));
            } }, 'Reload their version and keep my text')));
          stale.querySelector('button').focus();
          return;
        }
        if (e.body && e.body.details) e.body.details = e.body.details.map(d => ({ ...d, field: fieldFor(d.field) }));
        braid.showErrors(form, e);
      }
    });
    view.replaceChildren(h('h1', {}, `Direction of ${org.name}`), form);
  });

  braid.page('#/admin/modules', async view => {
    const draw = async focus => {
      const mods = (await api('GET', '/admin/modules')).body.items;
      view.replaceChildren(h('h1', {}, 'Modules'),
        h('p', {}, 'Turning a module off removes its pages and API at once; its data stays and comes back when it is turned on.'),
        h('table', {}, h('caption', {}, 'Installed modules'),
          h('thead', {}, h('tr', {}, ['Module', 'Version', 'State', 'On or off', 'Uninstall'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, mods.map(m => h('tr', {}, h('th', { scope: 'row' }, m.name), h('td', {}, m.version), h('td', { 'data-state': m.id }, m.state),
            h('td', {}, h('button', { type: 'button', class: m.enabled ? 'danger' : '', 'data-module': m.id,
              'aria-label': `${m.enabled ? 'Turn off' : 'Turn on'} ${m.name}`,
              onclick: async () => {
                await api('PUT', `/admin/modules/${m.id}`, { enabled: !m.enabled });
                braid.notify(`${m.name} turned ${m.enabled ? 'off' : 'on'}.`);
                await braid.refreshMenu();
                await draw(`button[data-module="${m.id}"]`);
              } }, m.enabled ? 'Turn off' : 'Turn on')),
            // the standard modules are turned off, not uninstalled
            h('td', {}, m.removable ? h('button', { type: 'button', class: 'danger', 'data-uninstall': m.id, 'aria-label': `Uninstall ${m.name}`,
              onclick: async () => {
                if (!confirm(`Uninstall ${m.name}? Its pages and API go at once; its data stays, and comes back if it is installed again.`)) return;
                try {
                  const current = await api('GET', `/admin/modules/${m.id}`);
                  await api('DELETE', `/admin/modules/${m.id}`, undefined, { ifMatch: current.etag });
                  braid.notify(`${m.name} uninstalled.`);
                } catch (e) {
                  if (!(e instanceof braid.ApiError)) throw e;
                  braid.notify(`${m.name} was not uninstalled: ${e.message}`);
                }
                await braid.refreshMenu();
                await draw('#module-file');
              } }, 'Uninstall') : h('span', { class: 'muted' }, 'Standard')))))),
        installForm(), await settingsForm());
      if (focus) view.querySelector(focus)?.focus();
    };

    // the network's coding framework, chosen among those installed; every node follows the stored choice
    const settingsForm = async () => {
      let current = await api('GET', '/admin/settings');
      const installed = (await api('GET', '/frameworks')).body.items;
      const select = h('select', { id: 'coding-framework', name: 'codingFramework' },
        installed.map(f => h('option', { value: f.id, selected: f.id === current.body.codingFramework }, `${f.name} (${f.version})`)));
      const districts = h('input', { id: 'districts-may-choose', name: 'districtsMayChoose', type: 'checkbox', checked: current.body.districtsMayChoose });
      const form = h('form', { class: 'card', 'aria-labelledby': 'framework-title' },
        h('h2', { id: 'framework-title' }, 'Coding framework'),
        h('p', {}, 'Plans are coded to this framework. Codes already in plans keep their framework; a crosswalk shows them in the other.'),
        h('label', { for: 'coding-framework' }, 'Framework of the network'), select,
        h('div', { class: 'check' }, districts, h('label', { for: 'districts-may-choose' }, 'Districts may choose another installed framework')),
        h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save framework')));
      form.addEventListener('submit', async ev => {
        ev.preventDefault();
        try {
          current = await api('PUT', '/admin/settings', { codingFramework: select.value, districtsMayChoose: districts.checked }, { ifMatch: current.etag });
          braid.notify(`Plans are now coded to ${select.selectedOptions[0].textContent}.`);
        } catch (e) {
          if (!(e instanceof braid.ApiError)) throw e;
          braid.showErrors(form, e);
        }
      });
      return form;
    };

    // a module's KAR, sent as it is; the answer's errors land beside the file field
    const installForm = () => {
      const file = h('input', { id: 'module-file', name: 'body', type: 'file', accept: '.kar,application/java-archive,application/zip' });
      const form = h('form', { class: 'card', 'aria-labelledby': 'install-title' },
        h('h2', { id: 'install-title' }, 'Install a module'),
        h('p', {}, 'Choose a module\'s KAR file. Its pages and API appear at once, with no restart; a module uninstalled earlier finds its data again.'),
        h('label', { for: 'module-file' }, 'KAR file'), file,
        h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Install')));
      form.addEventListener('submit', async ev => {
        ev.preventDefault();
        const f = file.files[0];
        if (!f) {
          braid.showErrors(form, new braid.ApiError(400, { error: 'Choose a KAR file first.', details: [{ field: 'body', message: 'choose a file' }] }));
          return;
        }
        const button = form.querySelector('button[type="submit"]');
        button.disabled = true;
        button.textContent = 'Installing…';
        try {
          const m = (await api('POST', '/admin/modules', f)).body;
          braid.notify(`${m.name} installed (${m.state}).`);
          await braid.refreshMenu();
          await draw(`button[data-uninstall="${m.id}"]`);
        } catch (e) {
          if (!(e instanceof braid.ApiError)) throw e;
          button.disabled = false;
          button.textContent = 'Install';
          braid.showErrors(form, e);
        }
      });
      return form;
    };
    await draw();
  });

  registerAdmin(braid);
}
