// Planning pages: an organization's plans and the plan builder in Tool A's shape: priority areas,
// strategies (If / then / and side by side), measures, milestones and actions, numbered 1, 1.1,
// 1.1.1, 1.1.1.1 as the API derives it, with the plan check beside them. The plan's other pages (candidates,
// funding, versions, required plans) and the loose-tight view are in their own files.
import { parts } from './parts.js';
import { changesView, registerVersions } from './versions.js';
import { registerCandidates } from './prioritize.js';
import { registerFunding } from './funding.js';
import { registerAlignment } from './alignment.js';
import { drawRequiredPlans, registerTemplates } from './templates.js';

export function register(braid) {
  const p = parts(braid);
  const { h, api } = p;
  let practices;
  let goals = [];
  registerVersions(braid, p);
  registerCandidates(braid, p);
  registerFunding(braid, p);
  registerAlignment(braid, p);
  registerTemplates(braid, p);

  braid.page('#/planning', async view => {
    p.style();
    const list = h('div', {});
    let chosen = await braid.ownOrg();
    const select = braid.orgPicker({ label: 'Organization', name: 'orgId', value: chosen, onChoose: org => { chosen = org; if (org) draw(); } });
    const draw = async () => {
      if (!select.value) { list.replaceChildren(h('p', { class: 'muted' }, 'Find an organization to see its plans.')); return; }
      const plans = (await api('GET', `/planning/plans?orgId=${select.value}`)).body.items;
      const name = chosen ? chosen.name : '';
      list.replaceChildren(plans.length
        ? h('ul', {}, plans.map(x => h('li', {}, h('a', { href: `#/planning/plans/${x.id}` }, `Plan ${x.schoolYear}`), ` — ${x.status}`)))
        : h('p', { class: 'muted' }, 'No plan yet.'),
      h('p', {}, h('a', { href: `#/planning/loose-tight/${select.value}` }, `Loose-tight: the goals of ${name} and the strategies serving them`)));
    };
    const form = h('form', { class: 'card', novalidate: true }, h('h2', {}, 'Start a plan'),
      h('label', { for: 'plan-year' }, 'School year'), h('input', { id: 'plan-year', name: 'schoolYear', placeholder: '2026-27' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Start the plan')));
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      try {
        const r = await api('POST', '/planning/plans', { orgId: select.value, schoolYear: form.schoolYear.value });
        braid.go(`#/planning/plans/${r.body.id}`);
      } catch (e) { braid.showErrors(form, e); }
    });
    view.replaceChildren(h('h1', {}, 'Plans'), select, list, form);
    await draw();
  });

  braid.page('#/planning/plans/:id', async (view, { id }) => draw(view, id));

  async function draw(view, id, focusId) {
    p.style();
    const { plan, org } = await p.planAndOrg(id);
    practices = await p.framework(id);
    goals = await p.goalsFor(plan);
    const redraw = async f => { await draw(view, id, f); };
    const check = h('aside', { class: 'card', 'aria-labelledby': 'check-title' }, h('h2', { id: 'check-title' }, 'Plan check'), h('p', { class: 'muted' }, 'Checking…'));
    const required = h('section', { class: 'card', 'aria-labelledby': 'required-title' }, h('h2', { id: 'required-title' }, 'Required plans'),
      h('p', { class: 'muted' }, 'Drawing the required plans…'));
    view.replaceChildren(
      h('h1', {}, `Plan ${plan.schoolYear} — ${org.name}`),
      h('p', {}, `Status: ${plan.status}`, ' · ', h('a', { href: `/api/planning/plans/${id}/pdf` }, 'Printable plan (PDF)'), ' · ',
        h('a', { href: `/api/planning/plans/${id}/actions.csv` }, 'Actions (CSV)'), ' · ', h('a', { href: `#/orgs/${plan.orgId}` }, 'Organization')),
      h('nav', { 'aria-label': 'The plan\'s other pages' }, h('ul', { class: 'plan-pages' },
        h('li', {}, h('a', { href: `#/planning/plans/${id}/candidates` }, 'Candidate strategies and the prioritization questions')),
        h('li', {}, h('a', { href: `#/planning/plans/${id}/funding` }, 'Funding by source and by strategy, initiatives to retire')),
        h('li', {}, h('a', { href: `#/planning/plans/${id}/versions` }, 'Compare versions')),
        h('li', {}, h('a', { href: `#/planning/loose-tight/${plan.orgId}` }, `Loose-tight: the goals of ${org.name} and the strategies serving them`)))),
      required,
      check,
      await review(plan, redraw),
      h('section', { 'aria-labelledby': 'areas-title', id: 'areas', tabindex: '-1' }, h('h2', { id: 'areas-title' }, 'Priority areas'),
        plan.priorityAreas.map((a, i) => areaView(plan, a, i, redraw)),
        p.adding('Add a priority area', areaFields(), {}, body => api('POST', `/planning/plans/${id}/priority-areas`, body), redraw)));
    drawCheck(check, id);
    drawRequiredPlans(p, required, id);
    if (focusId) document.getElementById(focusId)?.focus();
  }

  /** Submit (a numbered version), sign-offs by named roles, reopen, and what changed since a version. */
  async function review(plan, redraw) {
    const id = plan.id;
    const list = (await api('GET', `/planning/plans/${id}/versions`).catch(() => ({ body: { items: [] } }))).body.items;
    const diff = h('div', { 'aria-live': 'polite' });
    const goalName = new Map(goals.map(g => [g.value, g.label]));
    const showDiff = async n => {
      const [changes, before, after] = await Promise.all([api('GET', `/planning/plans/${id}/versions/${n}/diff/current`),
        api('GET', `/planning/plans/${id}/versions/${n}`), api('GET', `/planning/plans/${id}/versions/current`)]);
      diff.replaceChildren(h('h3', {}, `Changes since version ${n}`), changesView(h, changes.body.items, before.body, after.body, g => goalName.get(g) || g));
    };
    const act = async (path, done) => {
      try {
        await api('POST', `/planning/plans/${id}/${path}`);
        braid.notify(done);
        await redraw();
      } catch (e) { braid.notify(e.message, true); }
    };
    return h('section', { class: 'card', 'aria-labelledby': 'review-title' }, h('h2', { id: 'review-title' }, 'Submit, sign off, versions'),
      h('div', { class: 'actions' }, plan.status === 'DRAFT'
        ? h('button', { type: 'button', onclick: () => act('submit', 'Plan submitted as a new version.') }, 'Submit this plan')
        : h('button', { type: 'button', class: 'secondary', onclick: () => act('reopen', 'Plan reopened as a new draft.') }, 'Reopen as a new draft')),
      list.length ? h('ul', {}, list.map(v => h('li', {}, `Version ${v.number}, submitted ${v.submitted.slice(0, 10)} by ${v.submittedBy}`,
        v.signOffs.length ? h('ul', {}, v.signOffs.map(s => h('li', {}, `${s.role}: ${s.name}, ${s.signed.slice(0, 10)}${s.approves ? ' (approves)' : ''}`))) : '',
        ' ', h('button', { type: 'button', class: 'secondary', onclick: () => showDiff(v.number) }, `Changes since version ${v.number}`))))
        : h('p', { class: 'muted' }, 'Not submitted yet.'),
      list.length ? h('details', { class: 'add' }, h('summary', {}, 'Sign off the latest version'),
        braid.form([{ name: 'approves', label: 'This approves the plan (district leaders for a school, state staff for a district)',
          type: 'checkbox' }], {}, 'Sign off as yourself', async body => {
          await api('POST', `/planning/plans/${id}/sign-offs`, body);
          braid.notify('Signed off.');
          await redraw();
        })) : '',
      diff);
  }

  async function drawCheck(box, id) {
    try {
      const r = (await api('GET', `/planning/plans/${id}/check`)).body;
      const findings = Array.isArray(r) ? r : (r.findings || []);
      const coaching = Array.isArray(r) ? {} : (r.coachingQuestions || {});
      const questions = Array.isArray(coaching) ? coaching : (coaching.questions || []);
      const source = coaching.source ? `${coaching.source.title}${coaching.source.year ? ` (${coaching.source.year})` : ''}` : '';
      const codes = (await api('GET', `/planning/plans/${id}/codes`).catch(() => ({ body: { items: [] } }))).body.items;
      box.replaceChildren(h('h2', { id: 'check-title' }, 'Plan check'),
        codes.length ? h('div', {}, h('h3', {}, 'Codes to look at again'), h('ul', { class: 'findings' }, codes.map(c =>
          h('li', {}, h('strong', {}, `${c.number}: `), `${c.code} (${c.frameworkId || 'no framework'}): ${c.problem}`)))) : '',
        findings.length ? h('ul', { class: 'findings' }, findings.map(f => h('li', {}, f.number ? h('strong', {}, `${f.number}: `) : '', f.message || f.text || JSON.stringify(f))))
          : h('p', {}, 'Nothing to flag.'),
        questions.length ? h('details', { class: 'coaching' }, h('summary', {}, 'Coaching questions for creating the plan (Tool B)'),
          h('ul', {}, questions.map(q => h('li', {}, typeof q === 'string' ? q : (q.text || q.question)))),
          source ? h('p', { class: 'muted' }, `Source: ${source}`) : '') : '');
    } catch (e) {
      box.replaceChildren(h('h2', { id: 'check-title' }, 'Plan check'), h('p', { class: 'muted' }, 'The plan check is not available.'));
    }
  }

  const areaFields = () => [{ name: 'title', label: 'Priority area' }, { name: 'description', label: 'Description', type: 'textarea' }];
  const strategyFields = plan => [
    { class: 'tia', group: [{ name: 'if', label: 'If we …', type: 'textarea' }, { name: 'then', label: 'then …', type: 'textarea' },
      { name: 'and', label: 'and …', type: 'textarea' }] },
    { name: 'codes', label: 'Practices (codes)', type: 'multiselect', options: codeOptions() },
    { name: 'startYear', label: 'First school year', placeholder: plan.schoolYear },
    { name: 'endYear', label: 'Last school year', placeholder: nextYear(plan.schoolYear) }];
  // a strategy serves goals of its organization or of one above it
  const goalPicks = () => [{ name: 'goalIds', label: 'Goals it serves', options: goals }];
  const measureFields = s => [{ name: 'indicator', label: 'Indicator' }, { name: 'dataSource', label: 'Data source' },
    { name: 'baseline', label: 'Baseline' }, { name: 'targets', label: 'Targets', type: 'yearValues', numbers: true, years: years(s.startYear, s.endYear) }];
  const milestoneFields = () => [{ name: 'description', label: 'Milestone', type: 'textarea' }, { name: 'dueDate', label: 'Due date', type: 'date' },
    { name: 'codes', label: 'Practices (codes)', type: 'multiselect', options: codeOptions() }];
  const actionFields = () => [{ name: 'description', label: 'Action', type: 'textarea' }, { name: 'owner', label: 'Owner' },
    { name: 'collaborators', label: 'Collaborators (one per line)', type: 'lines' },
    { name: 'startDate', label: 'Start date', type: 'date' }, { name: 'dueDate', label: 'Due date', type: 'date' },
    { name: 'resources', label: 'Resources' }, { name: 'budget', label: 'Budget', type: 'number' },
    { name: 'fundingSource', label: 'Funding source' }, { name: 'outputs', label: 'Anticipated outputs (one per line)', type: 'lines' }];
  // an action's own codes, as checkboxes: a keyboard ticks each with the space bar
  const actionPicks = () => [{ name: 'codes', label: 'Practices (codes) of this action', options: codeOptions() }];
  const codeOptions = () => practices.map(x => ({ value: x.code, label: `${x.code} ${x.name}` }));

  function nextYear(y) {
    const a = parseInt(y, 10) + 1;
    return `${a}-${String((a + 1) % 100).padStart(2, '0')}`;
  }

  function years(from, to) {
    const out = [];
    for (let y = from; y && out.length < 6; y = nextYear(y)) { out.push(y); if (y === to) break; }
    return out.length ? out : [];
  }

  /**
   * Edit, move and delete controls of one element. A save sends the element as read with the form's fields over it,
   * so what the form does not show (goal links, collaborators) is kept; a stale edit reloads the plan.
   */
  function controls(kind, path, element, fields, redraw, siblings, index, picks = [], parentId) {
    const what = `${kind} ${element.number}`;
    const here = `${kind.replace(/ /g, '-')}-${element.id}`; // after a save the keyboard stays at the element
    const put = body => p.saving(() => redraw(here), async () => {
      await api('PUT', path, { ...element, ...body, version: element.version });
      braid.notify(`Saved ${what}.`);
      await redraw(here);
    });
    const edit = h('details', {}, h('summary', {}, `Edit ${what}`), p.form(fields, element, `Save ${what}`, put, picks));
    const move = delta => put({ position: index + 1 + delta }).catch(e => braid.notify(e.message, true));
    return h('div', { class: 'actions' },
      siblings > 1 && index > 0 ? h('button', { type: 'button', class: 'secondary', onclick: () => move(-1), 'aria-label': `Move ${what} up` }, 'Move up') : '',
      siblings > 1 && index < siblings - 1 ? h('button', { type: 'button', class: 'secondary', onclick: () => move(1), 'aria-label': `Move ${what} down` }, 'Move down') : '',
      p.deleteButton(what, path, element.version, redraw, kind === 'action' || kind === 'strategy measure' ? `Delete ${what}?` : `Delete ${what} and everything under it?`,
        parentId),
      edit);
  }

  function codes(list) {
    return (list || []).map(c => h('span', { class: 'badge', title: practices.find(x => x.code === c)?.name || c }, c));
  }

  function areaView(plan, a, i, redraw) {
    return h('section', { class: 'card area', id: `priority-area-${a.id}`, tabindex: '-1' },
      h('h3', {}, `${a.number}. ${a.title}`), a.description ? h('p', {}, a.description) : '',
      controls('priority area', `/planning/priority-areas/${a.id}`, a, areaFields(), redraw, plan.priorityAreas.length, i, [], 'areas'),
      a.strategies.map((s, j) => strategyView(plan, a, s, j, redraw)),
      p.adding(`Add a strategy to ${a.number}`, strategyFields(plan), { startYear: plan.schoolYear, endYear: nextYear(plan.schoolYear) },
        body => api('POST', `/planning/priority-areas/${a.id}/strategies`, body), redraw, goalPicks()));
  }

  function strategyView(plan, a, s, j, redraw) {
    const goalName = new Map(goals.map(g => [g.value, g.label]));
    return h('article', { class: 'card strategy', id: `strategy-${s.id}`, tabindex: '-1' },
      h('h4', {}, `Strategy ${s.number} `, ...codes(s.codes)),
      h('div', { class: 'row tia' }, h('p', {}, h('strong', {}, 'If we '), s.if), h('p', {}, h('strong', {}, 'then '), s.then), h('p', {}, h('strong', {}, 'and '), s.and)),
      h('p', { class: 'muted' }, `${s.startYear} to ${s.endYear}`),
      s.goalIds.length ? h('div', {}, h('p', {}, h('strong', {}, 'Serves: ')), h('ul', {}, s.goalIds.map(g => h('li', {}, goalName.get(g) || `a goal above this organization (${g})`))))
        : h('p', { class: 'muted' }, 'Linked to no goal yet.'),
      controls('strategy', `/planning/strategies/${s.id}`, s, strategyFields(plan), redraw, a.strategies.length, j, goalPicks(), `priority-area-${a.id}`),
      h('h5', {}, 'Strategy measures'),
      s.measures.length ? p.scroller(`Measures of strategy ${s.number}`, h('table', {}, h('thead', {}, h('tr', {}, ['#', 'Indicator', 'Data source', 'Baseline', 'Targets'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, s.measures.map(m => h('tr', {}, h('td', {}, m.number), h('td', {}, m.indicator), h('td', {}, m.dataSource || ''), h('td', {}, m.baseline ?? ''),
          h('td', {}, Object.entries(m.targets || {}).map(([y, t]) => `${y}: ${t}`).join(' → ')))))))
        : h('p', { class: 'muted' }, 'No measures yet.'),
      s.measures.map((m, k) => h('div', { class: 'element-controls', id: `strategy-measure-${m.id}`, tabindex: '-1' }, h('p', {}, h('strong', {}, `Measure ${m.number}`)),
        controls('strategy measure', `/planning/measures/${m.id}`, m, measureFields(s), redraw, s.measures.length, k, [], `strategy-${s.id}`))),
      p.adding(`Add a measure to ${s.number}`, measureFields(s), {}, body => api('POST', `/planning/strategies/${s.id}/measures`, body), redraw),
      h('h5', {}, 'Milestones'),
      s.milestones.map((m, k) => milestoneView(s, m, k, redraw)),
      p.adding(`Add a milestone to ${s.number}`, milestoneFields(), {}, body => api('POST', `/planning/strategies/${s.id}/milestones`, body), redraw));
  }

  function milestoneView(s, m, k, redraw) {
    return h('div', { class: 'card milestone', id: `milestone-${m.id}`, tabindex: '-1' },
      h('h6', {}, `Milestone ${m.number} `, ...codes(m.codes)), h('p', {}, m.description, m.dueDate ? ` (due ${m.dueDate})` : ''),
      controls('milestone', `/planning/milestones/${m.id}`, m, milestoneFields(), redraw, s.milestones.length, k, [], `strategy-${s.id}`),
      m.actions.length ? p.scroller(`Actions of milestone ${m.number}`, h('table', {}, h('thead', {}, h('tr', {},
        ['#', 'Action', 'Owner', 'Collaborators', 'Start', 'Due', 'Budget', 'Funding', 'Outputs', 'Codes'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, m.actions.map(x => h('tr', {}, h('td', {}, x.number), h('td', {}, x.description), h('td', {}, x.owner || '—'),
          h('td', {}, (x.collaborators || []).join('; ')), h('td', {}, x.startDate || ''), h('td', {}, x.dueDate || '—'), h('td', {}, x.budget ?? ''),
          h('td', {}, x.fundingSource || ''), h('td', {}, (x.outputs || []).join('; ')), h('td', {}, ...codes(x.codes))))))) : h('p', { class: 'muted' }, 'No actions yet.'),
      m.actions.map((x, n) => h('div', { class: 'element-controls', id: `action-${x.id}`, tabindex: '-1' }, h('p', {}, h('strong', {}, `Action ${x.number}`)),
        controls('action', `/planning/actions/${x.id}`, x, actionFields(), redraw, m.actions.length, n, actionPicks(), `milestone-${m.id}`))),
      p.adding(`Add an action to ${m.number}`, actionFields(), {}, body => api('POST', `/planning/milestones/${m.id}/actions`, body), redraw, actionPicks()));
  }
}
