// Monitoring pages: the reporting calendar, a school team's monthly report (every action of the plan
// on one screen, saved in one request), milestone and strategy reviews, the plan's progress in Tool A's
// reporting layout, and the district and state dashboard (heat map of domain x practice x status, the
// organizations that lag most, the monthly trend, drill-down to the organizations and a school's plan).
// Charts are SVG drawn here with role="img", <title> and <desc>, and every chart has its data table beside it.
import { heatMap, barChart, lineChart } from './charts.js';
import { registerSupports } from './supports.js';
import { registerAnnualReport } from './annual.js';

export const STATUSES = ['NOT_STARTED', 'ON_TRACK', 'OFF_TRACK', 'COMPLETE', 'CANCELLED'];
export const LABEL = { NOT_STARTED: 'Not started', ON_TRACK: 'On track', OFF_TRACK: 'Off track', COMPLETE: 'Complete',
  CANCELLED: 'Cancelled', NOT_REPORTED: 'Not reported', overdue: 'Overdue' };
// the roll-up's columns: where work lags first
const COLUMNS = ['OFF_TRACK', 'NOT_REPORTED', 'overdue', 'NOT_STARTED', 'ON_TRACK', 'COMPLETE', 'CANCELLED'];

export function register(braid) {
  const { h, api } = braid;
  if (!document.querySelector('link[data-module="monitoring"]')) {
    document.head.append(h('link', { rel: 'stylesheet', href: '/ui/monitoring/monitoring.css', 'data-module': 'monitoring' }));
  }
  const calendars = new Map();
  const frameworkDomains = new Map();

  async function calendar(schoolYear) {
    const key = schoolYear || '';
    if (!calendars.has(key)) calendars.set(key, (await api('GET', '/monitoring/calendar' + (schoolYear ? `?schoolYear=${schoolYear}` : ''))).body);
    return calendars.get(key);
  }

  /** The frameworks installed, and the one the dashboard shows: the reader's choice this session, else the one in force. */
  async function shownFramework() {
    const list = (await api('GET', '/frameworks')).body.items || [];
    const chosen = sessionStorage.getItem('braid.monitoring.framework');
    const shown = list.find(f => f.id === chosen) || list.find(f => f.active) || list[0];
    return { list, id: shown ? shown.id : null, name: shown ? shown.name : '' };
  }

  /** The domains of a framework (default the one shown), each with its practices. */
  async function domains(id) {
    if (!id) id = (await shownFramework()).id;
    if (!id) return [];
    if (!frameworkDomains.has(id)) frameworkDomains.set(id, (await api('GET', `/frameworks/${encodeURIComponent(id)}`)).body.domains);
    return frameworkDomains.get(id);
  }

  /** The twelve months of a school year as report periods (2026-07 .. 2027-06). */
  function months(cal) {
    const [y, m] = cal.start.split('-').map(Number);
    return Array.from({ length: 12 }, (_, i) => {
      const d = new Date(Date.UTC(y, m - 1 + i, 1));
      return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    });
  }

  function monthName(period) {
    const [y, m] = period.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  const today = () => new Date().toISOString().slice(0, 10);
  const thisMonth = () => today().slice(0, 7);

  /** Every action of a plan with its milestone, strategy and inherited codes, in plan order. */
  function actionsOf(plan) {
    return plan.priorityAreas.flatMap(a => a.strategies.flatMap(s => s.milestones.flatMap(m => m.actions.map(x => ({
      ...x, milestone: m, strategy: s, area: a,
      codes: (x.codes && x.codes.length ? x.codes : m.codes && m.codes.length ? m.codes : s.codes) || [] })))));
  }


  /** Every report of a plan, newest month first and, within a month, the latest filing first (as the API lists them). */
  async function reportsOf(planId) {
    const out = [];
    for (let offset = 0; ; offset += 1000) {
      const page = (await api('GET', `/monitoring/status-reports?planId=${planId}&limit=1000&offset=${offset}`)).body;
      const items = Array.isArray(page) ? page : (page.items || []);
      out.push(...items);
      if (Array.isArray(page) || items.length < 1000 || out.length >= (page.total || 0)) return out;
    }
  }

  /** Latest report of each element (newest month, then the latest filing), as the API defines an element's current status. */
  function latestByElement(reports) {
    const out = new Map();
    for (const r of reports) {
      const had = out.get(r.elementId);
      if (!had || r.period > had.period) out.set(r.elementId, r);
    }
    return out;
  }

  /** An element's status as the progress view gives it: its latest report, NOT_REPORTED once started without one. */
  function statusOf(x) {
    return x.status || (x.notReported ? 'NOT_REPORTED' : 'NOT_STARTED');
  }

  function badge(status, overdue) {
    const main = h('span', { class: `status s-${status}` }, LABEL[status] || status);
    return overdue ? [main, ' ', h('span', { class: 'status s-overdue' }, 'Overdue')] : [main];
  }

  function pct(n, d) {
    return d ? Math.round((100 * n) / d) : 0;
  }

  const percent = v => (v === null || v === undefined ? '—' : `${v}%`);

  function money(n) {
    return n === null || n === undefined || n === '' ? '' : Number(n).toLocaleString('en-US', { maximumFractionDigits: 2 });
  }

  /** A wide table scrolls on its own on a phone instead of the page; the region takes the keyboard. */
  function scroller(label, table) {
    return h('div', { class: 'scroll', role: 'region', 'aria-label': label, tabindex: '0' }, table);
  }

  function planHeader(plan, org, here) {
    const links = [['report', 'Monthly report'], ['progress', 'Progress'], ['reviews', 'Reviews'], ['adjustments', 'Adjustments']];
    return h('nav', { class: 'subnav', 'aria-label': 'This plan' }, h('ul', {},
      links.map(([k, t]) => h('li', {}, h('a', { href: `#/monitoring/plans/${plan.id}/${k}`, 'aria-current': k === here ? 'page' : undefined }, t))),
      h('li', {}, h('a', { href: `#/planning/plans/${plan.id}` }, 'The plan')),
      h('li', {}, h('a', { href: `#/monitoring/dashboard/${org.id}` }, `Dashboard of ${org.name}`))));
  }

  async function planAndOrg(id) {
    const plan = (await api('GET', `/planning/plans/${id}`)).body;
    const org = (await api('GET', `/orgs/${plan.orgId}`).catch(() => ({ body: { id: plan.orgId, name: '' } }))).body;
    return { plan, org };
  }

  // ---------------------------------------------------------------- calendar

  braid.page('#/monitoring/calendar', async view => {
    const cal = await calendar();
    const label = { monthly: 'Monthly', quarterly: 'Quarterly', semester: 'Semester', annual: 'Annual' };
    view.replaceChildren(h('h1', {}, `Reporting calendar ${cal.schoolYear}`),
      h('p', {}, `The school year runs from ${cal.start} to ${cal.end}.`),
      h('table', {}, h('thead', {}, h('tr', {}, ['Due', 'Cadence', 'Report', 'Period'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, cal.dates.map(d => h('tr', {}, h('td', {}, d.due), h('td', {}, label[d.cadence] || d.cadence), h('td', {}, d.report), h('td', {}, d.period))))));
  });

  // ---------------------------------------------------------------- reporting: the plans one can report on

  braid.page('#/monitoring', async view => {
    const list = h('div', { 'aria-live': 'polite' });
    const select = braid.orgPicker({ label: 'Organization', name: 'orgId', value: await braid.ownOrg(), onChoose: org => org && draw() });
    const draw = async () => {
      if (!select.value) { list.replaceChildren(h('p', { class: 'muted' }, 'Find an organization to see the plans it reports on.')); return; }
      const plans = (await api('GET', `/planning/plans?orgId=${select.value}`)).body.items;
      list.replaceChildren(plans.length
        ? h('ul', { class: 'plans' }, plans.map(p => h('li', {}, h('strong', {}, `Plan ${p.schoolYear}`), ` (${p.status}): `,
          h('a', { href: `#/monitoring/plans/${p.id}/report` }, `Report a month on plan ${p.schoolYear}`), ' · ',
          h('a', { href: `#/monitoring/plans/${p.id}/progress` }, 'Progress'), ' · ',
          h('a', { href: `#/monitoring/plans/${p.id}/reviews` }, 'Reviews'))))
        : h('p', { class: 'muted' }, 'This organization has no plan to report on.'));
    };
    view.replaceChildren(h('h1', {}, 'Reporting'),
      h('p', {}, 'Each month the team reports the status of every action of its plan on one page; each quarter it reviews the milestones, each semester the strategies.'),
      select, list,
      h('p', {}, h('a', { href: '#/monitoring/dashboard' }, 'Dashboard'), ' · ', h('a', { href: '#/monitoring/calendar' }, 'Reporting calendar')));
    await draw();
  });

  // ---------------------------------------------------------------- the monthly report

  braid.page('#/monitoring/plans/:id/report', async (view, { id }) => reportPage(view, id));
  braid.page('#/monitoring/plans/:id/report/:period', async (view, { id, period }) => reportPage(view, id, period));

  async function reportPage(view, id, period) {
    const { plan, org } = await planAndOrg(id);
    const cal = await calendar(plan.schoolYear);
    // a month can be reported once it has begun
    const periods = months(cal).filter(p => p <= thisMonth());
    if (!period) period = periods[periods.length - 1] || months(cal)[0];
    if (!periods.includes(period)) periods.push(period);
    let reports = await reportsOf(id);
    const actions = actionsOf(plan);
    const form = h('form', { novalidate: true, class: 'monthly', id: 'monthly-report' });
    const stale = h('div', {});

    const monthSelect = h('select', { id: 'report-period', name: 'period' }, periods.map(p => h('option', { value: p, selected: p === period }, monthName(p))));
    monthSelect.addEventListener('change', () => braid.go(`#/monitoring/plans/${id}/report/${monthSelect.value}`));

    const thisPeriod = () => latestByElement(reports.filter(r => r.period === period));
    const before = latestByElement(reports.filter(r => r.period < period));
    const reported = thisPeriod();

    const rows = actions.map((x, i) => {
      const r = reported.get(x.id);
      const prev = before.get(x.id);
      const base = `reports[${i}]`;
      const fid = k => `r${i}-${k}`;
      const status = r ? r.status : prev ? (prev.status === 'NOT_STARTED' && x.startDate && x.startDate <= today() ? '' : prev.status) : '';
      const outputs = x.outputs || [];
      const done = new Set((r && r.outputsCompleted) || []);
      return h('fieldset', { class: 'action-report card', 'data-element': x.id },
        h('legend', {}, h('span', { class: 'num' }, x.number), ' ', x.description),
        h('p', { class: 'muted meta' }, [x.owner ? `Owner: ${x.owner}` : '', x.startDate ? `starts ${x.startDate}` : '', x.dueDate ? `due ${x.dueDate}` : '',
          prev ? `last reported ${monthName(prev.period)}: ${LABEL[prev.status] || prev.status}` : 'not reported before'].filter(Boolean).join(' · '),
          x.dueDate && x.dueDate < today() && (r || prev || {}).status !== 'COMPLETE' ? [' ', h('span', { class: 'status s-overdue' }, 'Overdue')] : ''),
        h('div', { class: 'row report-fields' },
          h('div', {}, h('label', { for: fid('status') }, 'Status'),
            h('select', { id: fid('status'), name: `${base}.status` }, h('option', { value: '' }, '— choose —'),
              STATUSES.map(s => h('option', { value: s, selected: s === status }, LABEL[s])))),
          h('div', {}, h('label', { for: fid('spent') }, 'Spent ($)'),
            h('input', { id: fid('spent'), name: `${base}.spent`, type: 'number', min: '0', step: 'any', inputmode: 'decimal', value: r && r.spent !== null && r.spent !== undefined ? r.spent : '' })),
          h('div', {}, h('label', { for: fid('note') }, 'Note'),
            h('textarea', { id: fid('note'), name: `${base}.note`, rows: '1' }, (r && r.note) || '')),
          h('div', {}, h('label', { for: fid('evidence') }, 'Evidence (text or link)'),
            h('input', { id: fid('evidence'), name: `${base}.evidence`, value: (r && r.evidence) || '' })),
          outputs.length
            ? h('fieldset', { class: 'wide outputs' }, h('legend', {}, 'Outputs completed'),
              outputs.map((o, k) => h('div', { class: 'check' },
                h('input', { type: 'checkbox', id: fid(`o${k}`), name: `${base}.outputsCompleted`, value: o, checked: done.has(o) }),
                h('label', { for: fid(`o${k}`) }, o))))
            : h('div', { class: 'wide' }, h('label', { for: fid('outputs') }, 'Outputs completed (one per line)'),
              h('textarea', { id: fid('outputs'), name: `${base}.outputsCompleted`, rows: '1' }, [...done].join('\n')))));
    });

    // the batch endpoint adds a filing for each action: look first whether someone else filed this month since the page was opened
    const stamp = list => new Set(list.filter(r => r.period === period).map(r => `${r.id}:${r.version}`));
    let seen = stamp(reports);
    const changedSince = async () => {
      const now = (await api('GET', `/monitoring/status-reports?planId=${id}&period=${period}&limit=1000`)).body.items || [];
      return now.length !== seen.size || now.some(r => !seen.has(`${r.id}:${r.version}`));
    };

    const summary = h('p', { id: 'report-state' });
    const showSummary = () => {
      const ids = new Set(actions.map(a => a.id));
      const filed = [...thisPeriod().values()].filter(r => ids.has(r.elementId)); // milestones are reported too
      summary.textContent = `${filed.length} of ${actions.length} actions reported for ${monthName(period)}.`
        + (filed.some(r => r.late) ? ' Filed after the month\'s reporting window closed, so marked late.' : '');
    };
    showSummary();

    form.append(
      h('div', { class: 'row' }, h('div', {}, h('label', { for: 'report-period' }, 'Month'), monthSelect)),
      summary,
      h('p', { class: 'muted' }, 'Every action is on this page: Tab moves from field to field, and one Save reports them all. Nothing is saved unless every action can be.'),
      ...(actions.length ? rows : [h('p', {}, 'This plan has no actions yet.')]),
      stale,
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: !actions.length }, `Save the report for ${monthName(period)}`)));

    const collect = () => ({
      period,
      reports: actions.map((x, i) => {
        const base = `reports[${i}]`;
        const val = k => form.elements[`${base}.${k}`];
        const outs = form.querySelectorAll(`[name="${CSS.escape(base + '.outputsCompleted')}"]`);
        const outputsCompleted = [...outs].flatMap(o => o.type === 'checkbox' ? (o.checked ? [o.value] : []) : o.value.split('\n').map(t => t.trim()).filter(Boolean));
        const spent = val('spent').value;
        const body = { elementId: x.id, status: val('status').value || null, note: val('note').value.trim() || null,
          evidence: val('evidence').value.trim() || null, outputsCompleted, spent: spent === '' ? null : Number(spent) };
        return body;
      }),
    });

    const showStale = () => {
      stale.replaceChildren(h('div', { class: 'stale', role: 'alert' },
        h('p', {}, `Someone else reported on this plan for ${monthName(period)} since you opened it. Nothing was saved, and what you typed is still here.`),
        h('button', { type: 'button', onclick: async () => {
          reports = await reportsOf(id);
          seen = stamp(reports);
          showSummary();
          stale.replaceChildren(h('p', { class: 'muted' }, 'Their reports are loaded; what you typed is kept. Save again to file yours after theirs.'));
        } }, 'Load their reports and keep my text')));
      stale.querySelector('button').focus();
    };

    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      try {
        if (await changedSince()) { showStale(); return; }
        await api('POST', `/monitoring/plans/${id}/status-reports`, collect());
        stale.replaceChildren();
        braid.notify(`Saved: ${actions.length} actions reported for ${monthName(period)}.`);
        reports = await reportsOf(id);
        seen = stamp(reports);
        showSummary();
        form.querySelectorAll('.error, .form-error').forEach(e => e.remove());
        form.querySelectorAll('[aria-invalid]').forEach(e => { e.removeAttribute('aria-invalid'); e.classList.remove('invalid'); e.removeAttribute('aria-describedby'); });
        summary.setAttribute('tabindex', '-1');
        summary.focus();
      } catch (e) {
        if (e.status === 412 || e.status === 409) { showStale(); return; }
        if (!(e instanceof braid.ApiError)) throw e;
        braid.showErrors(form, nearestFields(form, e));
      }
    });

    view.replaceChildren(h('h1', {}, `Monthly report — ${org.name}, plan ${plan.schoolYear}`), planHeader(plan, org, 'report'), form);
  }

  /** The API names a field by its JSON path (reports[3].outputsCompleted[0]); show it at the closest input. */
  function nearestFields(form, err) {
    const details = (err.body.details || []).map(d => {
      let f = d.field || '';
      while (f && !form.querySelector(`[name="${CSS.escape(f)}"]`)) {
        const shorter = f.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
        if (shorter === f) break;
        f = shorter;
        const first = form.querySelector(`[name^="${CSS.escape(f)}."]`);
        if (first) { f = first.name; break; }
      }
      return { ...d, field: form.querySelector(`[name="${CSS.escape(f)}"]`) ? f : d.field };
    });
    err.body = { ...err.body, details };
    return err;
  }

  // ---------------------------------------------------------------- progress, Tool A's reporting layout

  braid.page('#/monitoring/plans/:id/progress', async (view, { id }) => progressPage(view, id));

  /** From a drill-down: a school's plan for the year, or the list of its plans. */
  braid.page('#/monitoring/orgs/:orgId/plan/:year', async (view, { orgId, year }) => {
    const plans = (await api('GET', `/planning/plans?orgId=${orgId}`)).body.items;
    const plan = plans.find(p => p.schoolYear === year) || plans[plans.length - 1];
    if (!plan) {
      const org = (await api('GET', `/orgs/${orgId}`)).body;
      view.replaceChildren(h('h1', {}, `${org.name} has no plan`), h('p', {}, h('a', { href: `#/orgs/${orgId}` }, 'The organization')));
      return;
    }
    await progressPage(view, plan.id);
  });

  async function progressPage(view, id) {
    const { plan, org } = await planAndOrg(id);
    const progress = (await api('GET', `/monitoring/plans/${id}/progress?schoolYear=${plan.schoolYear}`)).body;
    const year = progress.schoolYear || plan.schoolYear;
    const actions = progress.priorityAreas.flatMap(a => a.strategies.flatMap(s => s.milestones.flatMap(m => m.actions)));
    const counts = Object.fromEntries([...STATUSES, 'NOT_REPORTED'].map(k => [k, 0]));
    for (const x of actions) counts[statusOf(x)]++;
    const overdue = actions.filter(x => x.overdue).length;
    const f = progress.figures || {};

    const summary = scroller('Actions by current status', h('table', { class: 'compact' }, h('caption', {}, `Actions by current status on ${progress.asOf || 'today'} (${actions.length} actions)`),
      h('thead', {}, h('tr', {}, [...STATUSES, 'NOT_REPORTED'].map(k => h('th', { scope: 'col' }, LABEL[k])), h('th', { scope: 'col' }, 'Overdue'))),
      h('tbody', {}, h('tr', {}, [...STATUSES, 'NOT_REPORTED'].map(k => h('td', {}, counts[k])), h('td', {}, overdue)))));

    const areas = progress.priorityAreas.map(a => h('section', { class: 'card area' }, h('h2', {}, `${a.number}. ${a.title}`),
      a.strategies.map(s => {
        const sf = s.figures || {};
        return h('article', { class: 'card strategy' },
          h('h3', {}, `Strategy ${s.number} `, ...(s.codes || []).map(c => h('span', { class: 'badge' }, c))),
          s.statement ? h('p', {}, s.statement) : '',
          h('p', {}, `Milestones completed: ${percent(sf.milestonesCompletedPercent)} of ${sf.milestones ?? s.milestones.length}; behind schedule: ${sf.milestonesBehindSchedule ?? 0}.`),
          scroller(`Milestones of strategy ${s.number}`, h('table', {}, h('caption', {}, `Milestone review figures, strategy ${s.number}`),
            h('thead', {}, h('tr', {}, ['#', 'Milestone', 'Due', 'Status', 'Actions completed', 'On time', 'Behind schedule', 'Outputs completed', 'Resources used', 'Course']
              .map(t => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, s.milestones.map(m => {
              const mf = m.figures || {};
              return h('tr', { 'data-element': m.id }, h('th', { scope: 'row' }, m.number), h('td', {}, m.description), h('td', {}, m.dueDate || ''),
                h('td', {}, m.completed ? badge('COMPLETE', false) : badge(statusOf(m), m.overdue)),
                h('td', {}, percent(mf.actionsCompletedPercent)), h('td', {}, percent(mf.actionsOnTimePercent)), h('td', {}, percent(mf.actionsBehindSchedulePercent)),
                h('td', {}, `${(mf.outputsCompleted || []).length} of ${mf.outputsAnticipated ?? 0}`), h('td', {}, money(mf.spent)),
                h('td', {}, adjustLink(id, m, 'milestone')));
            })))),
          scroller(`Actions of strategy ${s.number}`, h('table', {}, h('caption', {}, `Actions, strategy ${s.number}`),
            h('thead', {}, h('tr', {}, ['#', 'Action', 'Owner', 'Due', 'Status', 'Last report', 'Note', 'Evidence', 'Spent', 'Course'].map(t => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, s.milestones.flatMap(m => m.actions.map(x => {
              const r = x.lastReport;
              return h('tr', { 'data-element': x.id }, h('th', { scope: 'row' }, x.number), h('td', {}, x.description), h('td', {}, x.owner || ''),
                h('td', {}, x.dueDate || ''), h('td', {}, badge(statusOf(x), x.overdue)), h('td', {}, r ? monthName(r.period) : '—'),
                h('td', {}, (r && r.note) || ''), h('td', {}, evidence(r && r.evidence)), h('td', {}, money(r && r.spent)),
                h('td', {}, adjustLink(id, x, 'action')));
            }))))),
          measuresTable(s, year));
      })));

    view.replaceChildren(h('h1', {}, `Progress — ${org.name}, plan ${plan.schoolYear}`), planHeader(plan, org, 'progress'),
      h('p', {}, 'Implementation data in the layout of Tool A: each strategy with its milestones (figures computed from the monthly action reports) and its actions.'),
      h('p', {}, `Actions completed: ${percent(f.actionsCompletedPercent)} of ${f.actions ?? actions.length}. Milestones completed: ${percent(f.milestonesCompletedPercent)} of ${f.milestones ?? 0}.`),
      summary, ...areas);
  }

  function adjustLink(planId, element, kind) {
    return h('a', { href: `#/monitoring/plans/${planId}/adjust/${element.id}`, 'aria-label': `Adjust ${kind} ${element.number}` }, 'Adjust');
  }

  // ---------------------------------------------------------------- adjusting course (step 6)

  /** The plan's milestones and actions, numbered as Tool A numbers them, with what an adjustment may change on each. */
  function adjustable(plan) {
    const out = [];
    for (const a of plan.priorityAreas || []) for (const st of a.strategies || []) for (const m of st.milestones || []) {
      out.push({ kind: 'milestone', element: m, fields: ['description', 'dueDate'] });
      for (const x of m.actions || []) out.push({ kind: 'action', element: x, fields: ['description', 'owner', 'startDate', 'dueDate'] });
    }
    return out;
  }

  const FIELD_LABEL = { description: 'Description', owner: 'Owner', startDate: 'Start', dueDate: 'Due' };

  braid.page('#/monitoring/plans/:id/adjustments', async (view, { id }) => {
    const { plan, org } = await planAndOrg(id);
    const made = ((await api('GET', `/monitoring/adjustments?orgId=${plan.orgId}`)).body.items || []).filter(a => a.planId === id);
    const numbers = new Map(adjustable(plan).map(e => [e.element.id, `${e.kind} ${e.element.number}`]));
    const table = made.length ? scroller('Adjustments of this plan', h('table', {}, h('caption', {}, `Adjustments of course, plan ${plan.schoolYear}`),
      h('thead', {}, h('tr', {}, ['Date', 'Element', 'Cause', 'Evidence', 'What changed', 'Plan version', 'By', 'Public page'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, made.map(a => h('tr', {}, h('th', { scope: 'row' }, a.madeAt.slice(0, 10)), h('td', {}, numbers.get(a.elementId) || 'removed since'),
        h('td', {}, a.cause), h('td', {}, a.evidence || ''),
        h('td', {}, Object.entries(a.change || {}).map(([k, v]) => `${FIELD_LABEL[k] || k}: ${v}`).join('; ')), h('td', {}, a.version),
        h('td', {}, a.madeBy || ''), h('td', {}, a.internal ? 'Internal: not told' : 'Told')))))) : h('p', { class: 'muted' }, 'No adjustment yet.');
    const choices = adjustable(plan);
    const pick = h('select', { id: 'adjust-element' }, choices.map(e => h('option', { value: e.element.id },
      `${e.kind === 'milestone' ? 'Milestone' : 'Action'} ${e.element.number}: ${e.element.description}`)));
    const go = h('form', { class: 'element-form', onsubmit: ev => { ev.preventDefault(); braid.go(`#/monitoring/plans/${id}/adjust/${pick.value}`); } },
      h('div', {}, h('label', { for: 'adjust-element' }, 'The milestone or action to change'), pick),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Adjust it')));
    view.replaceChildren(h('h1', {}, `Adjustments — ${org.name}, plan ${plan.schoolYear}`), planHeader(plan, org, 'adjustments'),
      h('p', {}, 'When the monthly reports or a review show that work is off course, the team changes a milestone or an action and says why, '
        + 'on what evidence. Each adjustment becomes a new version of the plan; the annual report tells them, and the public progress page '
        + 'tells those not marked internal.'), table,
      choices.length ? h('section', { 'aria-labelledby': 'adjust-title' }, h('h2', { id: 'adjust-title' }, 'Adjust course'), go) : '');
  });

  braid.page('#/monitoring/plans/:id/adjust/:elementId', async (view, { id, elementId }) => {
    const { plan, org } = await planAndOrg(id);
    const target = adjustable(plan).find(e => e.element.id === elementId);
    if (!target) {
      view.replaceChildren(h('h1', {}, 'No such milestone or action'), planHeader(plan, org, ''), h('p', {}, 'It may have been removed from the plan since.'));
      return;
    }
    const e = target.element;
    const fields = [
      { name: 'cause', label: 'Cause: what the data showed', type: 'textarea' },
      { name: 'evidence', label: 'Evidence (reports, a review, a walkthrough)', type: 'textarea' },
      { name: 'change.description', label: 'Description', type: 'textarea' },
      { group: target.fields.filter(f => f !== 'description').map(f => ({ name: `change.${f}`, label: `${FIELD_LABEL[f]} (now: ${e[f] || 'none'})`,
        type: f.endsWith('Date') ? 'date' : 'text' })) },
      { name: 'internal', label: 'Internal: keep this adjustment off the public progress page', type: 'checkbox' },
    ];
    const values = Object.fromEntries(target.fields.map(f => [`change.${f}`, e[f] || '']));
    const form = braid.form(fields, values, 'Change the plan', async body => {
      const change = {};
      for (const f of target.fields) if ((body[`change.${f}`] || '') !== (e[f] || '')) change[f] = body[`change.${f}`];
      await api('POST', '/monitoring/adjustments', { planId: id, elementId, cause: body.cause, evidence: body.evidence, change, internal: body.internal });
      braid.notify(`${target.kind === 'milestone' ? 'Milestone' : 'Action'} ${e.number} changed; the plan has a new version.`);
      braid.go(`#/monitoring/plans/${id}/adjustments`);
    });
    view.replaceChildren(h('h1', {}, `Adjust ${target.kind} ${e.number} — ${org.name}`), planHeader(plan, org, ''),
      h('p', {}, e.description), h('p', { class: 'muted' }, 'Change what needs changing; what you leave as it is stays. The plan keeps its earlier version.'), form);
  });

  function evidence(text) {
    if (!text) return '';
    return /^https?:\/\//.test(text) ? h('a', { href: text, rel: 'noopener noreferrer' }, text) : text;
  }

  function measuresTable(s, year) {
    if (!s.measures || !s.measures.length) return '';
    return scroller(`Measures of strategy ${s.number}`, h('table', {}, h('caption', {}, `Strategy measures, results for ${year}`),
      h('thead', {}, h('tr', {}, ['#', 'Indicator', 'Target', 'Result', 'Students', 'On target'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, s.measures.map(m => {
        const r = m.result;
        const target = (m.targets || {})[year];
        const on = r ? r.onTarget : null;
        return h('tr', {}, h('th', { scope: 'row' }, m.number), h('td', {}, m.indicator), h('td', {}, target ?? '—'), h('td', {}, r ? String(r.value) : '—'),
          h('td', {}, r && r.studentCount !== null && r.studentCount !== undefined ? r.studentCount : ''), h('td', {}, on === null || on === undefined ? '—' : on ? 'Yes' : 'No'));
      }))));
  }

  // ---------------------------------------------------------------- milestone and strategy reviews

  braid.page('#/monitoring/plans/:id/reviews', async (view, { id }) => {
    const { plan, org } = await planAndOrg(id);
    const [cal, progress] = await Promise.all([calendar(plan.schoolYear), api('GET', `/monitoring/plans/${id}/progress?schoolYear=${plan.schoolYear}`).then(r => r.body)]);
    const reviews = progress.reviews || [];
    const strategies = progress.priorityAreas.flatMap(a => a.strategies);
    const milestones = strategies.flatMap(st => st.milestones);
    // the calendar names them "Quarter 1", "Semester 2"; a review is filed for Q1..Q4, S1/S2
    const periods = kind => cal.dates.filter(d => d.cadence === kind)
      .map(d => ({ value: d.period.replace(/^Quarter /, 'Q').replace(/^Semester /, 'S'), label: `${d.period} (due ${d.due})` }));
    const saved = async (path, body, what) => {
      await api('POST', path, body);
      braid.notify(`${what} saved.`);
      braid.go(`#/monitoring/plans/${id}/reviews`);
    };

    const figures = scroller('Milestone figures', h('table', {}, h('caption', {}, 'What the action reports say, per milestone'),
      h('thead', {}, h('tr', {}, ['#', 'Milestone', 'Actions completed', 'On time', 'Behind schedule', 'Outputs completed', 'Resources used'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, milestones.map(m => {
        const f = m.figures || {};
        return h('tr', {}, h('th', { scope: 'row' }, m.number), h('td', {}, m.description), h('td', {}, percent(f.actionsCompletedPercent)),
          h('td', {}, percent(f.actionsOnTimePercent)), h('td', {}, percent(f.actionsBehindSchedulePercent)),
          h('td', {}, `${(f.outputsCompleted || []).length} of ${f.outputsAnticipated ?? 0}`), h('td', {}, money(f.spent)));
      }))));

    const strategyFigures = scroller('Strategy figures', h('table', {}, h('caption', {}, 'Milestones per strategy'),
      h('thead', {}, h('tr', {}, ['#', 'Strategy', 'Milestones completed', 'Behind schedule'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, strategies.map(st => {
        const f = st.figures || {};
        return h('tr', {}, h('th', { scope: 'row' }, st.number), h('td', {}, st.statement || ''),
          h('td', {}, `${percent(f.milestonesCompletedPercent)} of ${f.milestones ?? st.milestones.length}`), h('td', {}, f.milestonesBehindSchedule ?? 0));
      }))));

    const label = e => `${e.number} ${(e.description || e.statement || '').slice(0, 60)}`;
    const text = [{ name: 'cause', label: 'Cause (what the data showed)', type: 'textarea' }, { name: 'adjustments', label: 'Adjustments', type: 'textarea' },
      { name: 'comments', label: 'Comments', type: 'textarea' }];
    const reviewForm = (kind, what, elements, periodKind) => braid.form([
      { group: [{ name: 'elementId', label: what, type: 'select', options: elements.map(e => ({ value: e.id, label: label(e) })) },
        { name: 'period', label: 'Period', type: 'select', options: periods(periodKind) }] }, ...text], {}, `Save the ${what.toLowerCase()} review`,
    body => saved('/monitoring/reviews', { planId: id, kind, ...body }, `${what} review`));
    const annualForm = braid.form(text, {}, 'Save the annual review',
      body => saved('/monitoring/reviews', { planId: id, kind: 'ANNUAL', period: plan.schoolYear, ...body }, 'Annual review'));

    const measures = strategies.flatMap(st => (st.measures || []).map(m => ({ value: m.id, label: `${m.number} ${m.indicator}` })));
    const resultForm = measures.length ? braid.form([
      { group: [{ name: 'measureId', label: 'Measure', type: 'select', options: measures }, { name: 'schoolYear', label: 'School year' }] },
      { group: [{ name: 'value', label: 'Result', type: 'number' }, { name: 'studentCount', label: 'Number of students', type: 'number' }] },
      { name: 'note', label: 'Note', type: 'textarea' }], { schoolYear: plan.schoolYear }, 'Save the result',
    body => saved('/monitoring/measure-results', body, 'Result')) : h('p', { class: 'muted' }, 'This plan has no strategy measures.');

    const kinds = { QUARTERLY: 'Milestone (quarterly)', SEMESTER: 'Strategy (semester)', ANNUAL: 'Annual' };
    const done = reviews.length ? scroller('Reviews so far', h('table', {}, h('caption', {}, 'Reviews so far'),
      h('thead', {}, h('tr', {}, ['Review', 'Period', 'Element', 'Cause', 'Adjustments', 'Comments', 'By'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, reviews.map(r => h('tr', {}, h('td', {}, kinds[r.kind] || r.kind), h('td', {}, r.period || ''),
        h('td', {}, [...milestones, ...strategies].find(e => e.id === r.elementId)?.number || '—'), h('td', {}, r.cause || ''),
        h('td', {}, r.adjustments || ''), h('td', {}, r.comments || ''), h('td', {}, `${r.reviewedBy || ''} ${(r.reviewedAt || '').slice(0, 10)}`)))))) : h('p', { class: 'muted' }, 'No review yet.');

    view.replaceChildren(h('h1', {}, `Reviews — ${org.name}, plan ${plan.schoolYear}`), planHeader(plan, org, 'reviews'),
      h('section', { 'aria-labelledby': 'rv-done' }, h('h2', { id: 'rv-done' }, 'Reviews so far'), done),
      h('section', { 'aria-labelledby': 'rv-q' }, h('h2', { id: 'rv-q' }, 'Quarterly milestone review'),
        h('p', {}, 'The percentages come from the monthly action reports and are kept with the review when it is filed; the team writes the cause, the adjustments and comments.'), figures,
        milestones.length ? reviewForm('QUARTERLY', 'Milestone', milestones, 'quarterly') : h('p', { class: 'muted' }, 'This plan has no milestones.')),
      h('section', { 'aria-labelledby': 'rv-s' }, h('h2', { id: 'rv-s' }, 'Semester strategy review'), strategyFigures,
        strategies.length ? reviewForm('SEMESTER', 'Strategy', strategies, 'semester') : h('p', { class: 'muted' }, 'This plan has no strategies.')),
      h('section', { 'aria-labelledby': 'rv-a' }, h('h2', { id: 'rv-a' }, `Annual review ${plan.schoolYear}`), annualForm),
      h('section', { 'aria-labelledby': 'rv-m' }, h('h2', { id: 'rv-m' }, 'Annual results of strategy measures'), resultForm));
  });

  // ---------------------------------------------------------------- the district and state dashboard

  braid.page('#/monitoring/dashboard', async view => {
    const me = braid.me;
    // a coach has no organization of their own: the first one assigned
    let orgId = me.orgId || (me.assigned || [])[0];
    if (!orgId) {
      const seas = (await api('GET', '/orgs?type=SEA&limit=1')).body.items;
      orgId = seas.length ? seas[0].id : null;
    }
    if (!orgId) { view.replaceChildren(h('h1', {}, 'Dashboard'), h('p', {}, 'There is no organization to show yet.')); return; }
    await dashboard(view, orgId);
  });
  braid.page('#/monitoring/dashboard/:orgId', async (view, { orgId }) => dashboard(view, orgId));
  braid.page('#/monitoring/dashboard/:orgId/:year', async (view, { orgId, year }) => dashboard(view, orgId, year));

  function previousYear(y) {
    const a = parseInt(y, 10) - 1;
    return `${a}-${String((a + 1) % 100).padStart(2, '0')}`;
  }

  /** The current school year, or the one before while the current one has no plan yet (early in a year). */
  async function yearWithData(orgId) {
    const current = (await calendar()).schoolYear;
    const cells = (await api('GET', `/monitoring/rollup?orgId=${orgId}&by=essaStatus&schoolYear=${current}`)).body.cells || [];
    return sumCells(cells).total ? current : previousYear(current);
  }

  /** Counts of one roll-up cell, whatever the grouping. */
  const countsOf = cell => (cell && cell.actions) || {};
  // off track and not reported never overlap (a reported action is not unreported); overdue overlaps both, so it breaks ties
  const lagOf = a => (a.total ? ((a.OFF_TRACK || 0) + (a.NOT_REPORTED || 0)) / a.total : 0);

  function sumCells(cells) {
    const out = { total: 0 };
    for (const c of cells) for (const [k, v] of Object.entries(countsOf(c))) out[k] = (out[k] || 0) + (Number(v) || 0);
    return out;
  }

  async function dashboard(view, orgId, year) {
    const org = (await api('GET', `/orgs/${orgId}`)).body;
    year = year || await yearWithData(orgId);
    const current = (await calendar()).schoolYear;
    const shown = await shownFramework();
    const q = `orgId=${orgId}&schoolYear=${year}`;
    // practices and domains in the framework shown; plans coded in another count through its crosswalk
    const rollup = by => api('GET', `/monitoring/rollup?${q}&by=${by}${shown.id && (by === 'practice' || by === 'domain') ? `&framework=${encodeURIComponent(shown.id)}` : ''}`)
      .then(r => r.body.cells || []);
    const [fw, byPractice, byDomain, byOrg, byEssa, trend, plans] = await Promise.all([domains(shown.id), rollup('practice'), rollup('domain'),
      org.type === 'SCHOOL' ? Promise.resolve([]) : rollup('org'), rollup('essaStatus'),
      api('GET', `/monitoring/rollup/trend?${q}&by=org`).then(r => r.body).catch(() => null),
      org.type === 'SCHOOL' ? api('GET', `/planning/plans?orgId=${orgId}`).then(r => r.body.items).catch(() => []) : Promise.resolve([])]);

    const drill = (practice, status) => `#/monitoring/dashboard/${orgId}/${year}/cells/${encodeURIComponent(practice)}/${encodeURIComponent(status)}`;
    const practiceCell = new Map(byPractice.map(c => [c.key, c]));
    const domainCell = new Map(byDomain.map(c => [c.key, c]));
    const rows = fw.flatMap(d => [
      { domain: d, key: d.code, label: `Domain ${d.code}: ${d.name}`, cell: domainCell.get(d.code) || domainCell.get(d.name), isDomain: true },
      ...d.practices.map(p => ({ domain: d, key: p.code, label: `${p.code} ${p.name}`, cell: practiceCell.get(p.code) }))]);
    const total = sumCells(byOrg.length ? byOrg : byEssa);

    const heading = h('h1', {}, `Dashboard — ${org.name}`);
    const years = [current, previousYear(current), previousYear(previousYear(current))];
    const yearSelect = h('select', { id: 'dash-year' }, years.map(y => h('option', { value: y, selected: y === year }, y)));
    yearSelect.addEventListener('change', () => braid.go(`#/monitoring/dashboard/${orgId}/${yearSelect.value}`));
    const frameworkSelect = h('select', { id: 'dash-framework' }, shown.list.map(f => h('option', { value: f.id, selected: f.id === shown.id }, f.name)));
    frameworkSelect.addEventListener('change', () => {
      sessionStorage.setItem('braid.monitoring.framework', frameworkSelect.value);
      dashboard(view, orgId, year);
    });
    const parts = [heading,
      h('div', { class: 'row narrow' }, h('div', {}, h('label', { for: 'dash-year' }, 'School year'), yearSelect),
        shown.list.length > 1 ? h('div', {}, h('label', { for: 'dash-framework' }, 'Practices of'), frameworkSelect) : ''),
      h('p', {}, `${org.type === 'SEA' ? 'The whole state' : org.type === 'LEA' ? 'The district and its schools' : 'The school'}, school year ${year}: `,
        `${total.total || 0} actions, ${total.OFF_TRACK || 0} off track, ${total.NOT_REPORTED || 0} not reported, ${total.overdue || 0} overdue. `,
        'Every cell of the tables below lists the organizations behind it.'),
      org.parentId ? h('p', {}, h('a', { href: `#/monitoring/dashboard/${org.parentId}/${year}` }, 'Up one level')) : ''];

    // heat map: practices (grouped by domain) x status
    const heat = rows.filter(r => !r.isDomain).map(r => ({ label: r.key, name: r.label, group: r.domain.code,
      values: COLUMNS.map(s => Number(countsOf(r.cell)[s] || 0)), total: Number(countsOf(r.cell).total || 0) }));
    const worst = [...heat].sort((a, b) => (b.values[0] / (b.total || 1)) - (a.values[0] / (a.total || 1)))[0];
    parts.push(h('section', { 'aria-labelledby': 'heat-title', class: 'chart-block' }, h('h2', { id: 'heat-title' }, 'Actions by domain, practice and status'),
      h('div', { class: 'chart-pair' },
        heatMap(h, {
          title: `Heat map of actions by practice and status, ${org.name}, ${year}`,
          desc: `The ${heat.length} practices of ${shown.name} in rows, grouped by domain; statuses in columns; each cell shows the number of actions and is darker the larger its share of the practice's actions.${worst && worst.total ? ` The practice with the largest share off track is ${worst.name} (${worst.values[0]} of ${worst.total}).` : ''} The table beside the chart gives every number.`,
          rows: heat, columns: COLUMNS.map(s => LABEL[s]), href: (r, c) => drill(r.label, COLUMNS[c]) }),
        scroller('Table: actions by practice and status', h('table', { class: 'heat-table' },
          h('caption', {}, 'Actions by domain, practice and status (each number lists its organizations)'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Practice'), COLUMNS.map(s => h('th', { scope: 'col' }, LABEL[s])), h('th', { scope: 'col' }, 'Total'))),
          h('tbody', {}, rows.map(r => {
            const a = countsOf(r.cell);
            return h('tr', { class: r.isDomain ? 'domain-row' : '' }, h('th', { scope: 'row' }, r.label),
              COLUMNS.map(s => h('td', {}, a[s] ? (r.isDomain ? String(a[s]) : h('a', { href: drill(r.key, s), 'aria-label': `${a[s]} actions of ${r.key} ${LABEL[s].toLowerCase()}: the organizations` }, String(a[s]))) : '0')),
              h('td', {}, String(a.total || 0)));
          })))))));

    // the organizations that lag most
    if (byOrg.length) {
      const lagging = byOrg.map(c => ({ c, a: countsOf(c), lag: lagOf(countsOf(c)) })).filter(x => x.a.total).sort((a, b) => b.lag - a.lag || (b.a.overdue || 0) - (a.a.overdue || 0) || b.a.total - a.a.total).slice(0, 10);
      parts.push(h('section', { 'aria-labelledby': 'lag-title', class: 'chart-block' }, h('h2', { id: 'lag-title' }, `The ${org.type === 'SEA' ? 'districts' : 'schools'} that lag most`),
        lagging.length ? h('div', { class: 'chart-pair' },
          barChart(h, {
            title: `Share of actions off track or not reported, by ${org.type === 'SEA' ? 'district' : 'school'}`,
            desc: `The ${lagging.length} organizations with the largest share, largest first: ${lagging.slice(0, 3).map(x => `${x.c.label} ${Math.round(100 * x.lag)}%`).join(', ')}. The table beside the chart gives every number.`,
            bars: lagging.map(x => ({ label: x.c.label, value: Math.round(100 * x.lag) })), unit: '%' }),
          scroller('Table: organizations that lag most', h('table', {}, h('caption', {}, 'Organizations that lag most'),
            h('thead', {}, h('tr', {}, ['Organization', 'Lagging', 'Off track', 'Not reported', 'Overdue', 'Actions'].map(t => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, lagging.map(x => h('tr', {}, h('th', { scope: 'row' }, h('a', { href: org.type === 'LEA' ? `#/monitoring/orgs/${x.c.key}/plan/${year}` : `#/monitoring/dashboard/${x.c.key}/${year}` }, x.c.label)),
              h('td', {}, `${Math.round(100 * x.lag)}%`), h('td', {}, x.a.OFF_TRACK || 0), h('td', {}, x.a.NOT_REPORTED || 0), h('td', {}, x.a.overdue || 0), h('td', {}, x.a.total))))))
        ) : h('p', { class: 'muted' }, 'No actions reported yet.')));
    }

    // the monthly trend
    const series = trendSeries(trend);
    if (series.length) {
      const lines = ['ON_TRACK', 'OFF_TRACK', 'COMPLETE', 'NOT_REPORTED'];
      parts.push(h('section', { 'aria-labelledby': 'trend-title', class: 'chart-block' }, h('h2', { id: 'trend-title' }, 'Month by month'),
        h('div', { class: 'chart-pair' },
          lineChart(h, {
            title: `Share of actions by status, month by month, ${org.name}, ${year}`,
            desc: `Percent of actions on track, off track, complete and not reported at the end of each month from ${monthName(series[0].period)} to ${monthName(series[series.length - 1].period)}. The table beside the chart gives every number.`,
            xs: series.map(s => monthName(s.period).slice(0, 3)),
            lines: lines.map(k => ({ label: LABEL[k], key: k, values: series.map(s => pct(s.a[k] || 0, s.a.total || 0)) })), unit: '%' }),
          scroller('Table: month by month', h('table', {}, h('caption', {}, 'Actions by status at the end of each month'),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Month'), COLUMNS.map(s => h('th', { scope: 'col' }, LABEL[s])), h('th', { scope: 'col' }, 'Total'))),
            h('tbody', {}, series.map(s => h('tr', {}, h('th', { scope: 'row' }, monthName(s.period)), COLUMNS.map(k => h('td', {}, s.a[k] || 0)), h('td', {}, s.a.total || 0)))))))));
    }

    if (byEssa.length) {
      parts.push(h('section', { 'aria-labelledby': 'essa-title' }, h('h2', { id: 'essa-title' }, 'By ESSA status'),
        scroller('Table: by ESSA status', h('table', {}, h('caption', {}, 'Actions by the ESSA status of their school'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'ESSA status'), COLUMNS.map(s => h('th', { scope: 'col' }, LABEL[s])), h('th', { scope: 'col' }, 'Total'))),
          h('tbody', {}, byEssa.map(c => h('tr', {}, h('th', { scope: 'row' }, c.label || c.key), COLUMNS.map(k => h('td', {}, countsOf(c)[k] || 0)), h('td', {}, countsOf(c).total || 0))))))));
    }

    if (org.type === 'SCHOOL') {
      parts.push(h('section', { 'aria-labelledby': 'plans-title' }, h('h2', { id: 'plans-title' }, 'Plans'), plans.length
        ? h('ul', {}, plans.map(p => h('li', {}, h('a', { href: `#/monitoring/plans/${p.id}/progress` }, `Progress of plan ${p.schoolYear}`), ` (${p.status})`)))
        : h('p', { class: 'muted' }, 'No plan yet.')));
    }
    view.replaceChildren(...parts);
  }

  /** The trend answer as [{ period, a: counts }], month by month, whatever its grouping. */
  function trendSeries(trend) {
    if (!trend) return [];
    const list = Array.isArray(trend) ? trend : trend.months || trend.items || trend.points || trend.trend || [];
    return list.map(m => ({ period: m.period || m.month, a: m.actions || sumCells(m.cells || []) }))
      .filter(m => m.period).sort((a, b) => a.period.localeCompare(b.period));
  }

  // ---------------------------------------------------------------- drill-down: the organizations behind a cell

  braid.page('#/monitoring/dashboard/:orgId/:year/cells/:practice/:status', async (view, { orgId, year, practice, status }) => {
    const org = (await api('GET', `/orgs/${orgId}`)).body;
    const PAGE = 100;
    const fw = (await shownFramework()).id;
    const page = offset => api('GET', `/monitoring/rollup/organizations?orgId=${orgId}&practice=${encodeURIComponent(practice)}&status=${encodeURIComponent(status)}&schoolYear=${year}&limit=${PAGE}&offset=${offset}${fw ? `&framework=${encodeURIComponent(fw)}` : ''}`).then(x => x.body);
    const r = await page(0);
    const name = (await domains(fw)).flatMap(d => d.practices).find(p => p.code === practice)?.name || '';
    const row = o => h('tr', { 'data-org': o.orgId },
      h('th', { scope: 'row' }, h('a', { href: o.type === 'SCHOOL' ? `#/monitoring/orgs/${o.orgId}/plan/${year}` : `#/monitoring/dashboard/${o.orgId}/${year}` }, o.name)),
      h('td', {}, o.type), COLUMNS.map(s => h('td', {}, (o.actions || {})[s] || 0)), h('td', {}, (o.actions || {}).total || 0));
    const items = r.items || [];
    const body = h('tbody', {}, items.map(row));
    const shown = h('p', { class: 'muted', 'aria-live': 'polite' }, `Showing ${items.length} of ${r.total}.`);
    // a state-wide cell can hold thousands of schools: they come a page at a time, the most lagging first
    const more = h('button', { type: 'button', hidden: items.length >= r.total }, `Show the next ${PAGE}`);
    more.addEventListener('click', async () => {
      const next = await page(body.children.length);
      for (const o of next.items || []) body.append(row(o));
      shown.textContent = `Showing ${body.children.length} of ${next.total}.`;
      more.hidden = body.children.length >= next.total;
    });
    view.replaceChildren(h('h1', {}, `${practice} ${name}: ${LABEL[status] || status}`),
      h('p', {}, `${r.total ?? items.length} organizations in ${org.name} with actions coded to ${practice} that are ${(LABEL[status] || status).toLowerCase()}, school year ${year}. `,
        h('a', { href: `#/monitoring/dashboard/${orgId}/${year}` }, `Back to the dashboard of ${org.name}`)),
      items.length ? h('div', {}, scroller('Organizations behind the cell', h('table', {}, h('caption', {}, 'Organizations behind the cell'),
        h('thead', {}, h('tr', {}, ['Organization', 'Level', ...COLUMNS.map(s => LABEL[s]), 'Actions'].map(t => h('th', { scope: 'col' }, t)))),
        body)), shown, more)
        : h('p', { class: 'muted' }, 'No organization.'));
  });

  const { home } = registerSupports(braid, { scroller });
  registerAnnualReport(braid, { scroller, home });
}
