// The annual story of an organization for boards and families: the year in plain sentences, then the direction,
// goals against their targets, what was done (a chart with its table), month by month (a chart with its table),
// what moved, what was adjusted and why, and the supports received; the same as a PDF.
import { barChart, lineChart } from './charts.js';

export function registerAnnualReport(braid, { scroller, home }) {
  const { h, api } = braid;
  const pct = (n, of) => (of ? Math.round((100 * n) / of) : 0);
  const share = v => (v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`);
  const yes = v => (v === null || v === undefined ? '–' : v ? 'Yes' : 'No');

  function measureTable(caption, lines) {
    return scroller(caption, h('table', {}, h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ['Measure', 'Baseline', 'Target', 'Result', 'Students', 'Target reached'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, lines.map(l => h('tr', {}, h('th', { scope: 'row' }, l.indicator), h('td', {}, l.baseline ?? '–'), h('td', {}, l.target ?? '–'),
        h('td', {}, l.result ?? '–'), h('td', {}, l.studentCount ?? '–'), h('td', {}, yes(l.onTarget)))))));
  }

  braid.page('#/monitoring/annual-report', async view => {
    const orgId = await home();
    if (!orgId) { view.replaceChildren(h('h1', {}, 'Annual report'), h('p', {}, 'There is no organization to show yet.')); return; }
    braid.go(`#/monitoring/orgs/${orgId}/annual-report`);
  });
  braid.page('#/monitoring/orgs/:orgId/annual-report', async (view, { orgId }) => annual(view, orgId));
  braid.page('#/monitoring/orgs/:orgId/annual-report/:year', async (view, { orgId, year }) => annual(view, orgId, year));

  async function annual(view, orgId, year) {
    const s = (await api('GET', `/monitoring/orgs/${orgId}/annual-report${year ? `?schoolYear=${year}` : ''}`)).body;
    const first = Number((s.schoolYear || '2025-26').slice(0, 4));
    const years = [first - 2, first - 1, first, first + 1].map(y => `${y}-${String((y + 1) % 100).padStart(2, '0')}`);
    const yearSelect = h('select', { id: 'annual-year' }, years.map(y => h('option', { value: y, selected: y === s.schoolYear }, y)));
    yearSelect.addEventListener('change', () => braid.go(`#/monitoring/orgs/${orgId}/annual-report/${yearSelect.value}`));
    const parts = [h('h1', {}, `${s.name}: our year ${s.schoolYear}`),
      h('div', { class: 'row' }, h('div', {}, h('label', { for: 'annual-year' }, 'School year'), yearSelect)),
      h('p', {}, h('a', { href: `/api/monitoring/orgs/${orgId}/annual-report.pdf?schoolYear=${s.schoolYear}` }, 'The annual report as a PDF')),
      h('section', { 'aria-labelledby': 'story-title' }, h('h2', { id: 'story-title' }, 'The year in brief'), ...s.summary.map(t => h('p', {}, t)))];
    if (s.vision || s.mission) {
      parts.push(h('section', { 'aria-labelledby': 'dir-title' }, h('h2', { id: 'dir-title' }, 'Where we are going'),
        s.vision ? h('p', {}, h('strong', {}, 'Vision: '), s.vision) : '', s.mission ? h('p', {}, h('strong', {}, 'Mission: '), s.mission) : ''));
    }
    if (s.goals.length) {
      parts.push(h('section', { 'aria-labelledby': 'goals-title' }, h('h2', { id: 'goals-title' }, 'Goals and how we measured them'),
        ...s.goals.flatMap((g, i) => [h('h3', {}, g.statement), g.measures.length ? measureTable(`Measures of goal ${i + 1}`, g.measures) : h('p', { class: 'muted' }, 'No measure.')])));
    }
    const a = s.actions;
    const bars = [['Complete', a.complete], ['On track', a.onTrack], ['Behind', a.offTrack], ['No report yet', a.notReported], ['Not started', a.notStarted], ['Cancelled', a.cancelled]];
    parts.push(h('section', { 'aria-labelledby': 'done-title' }, h('h2', { id: 'done-title' }, 'What we did'),
      h('div', { class: 'chart-pair' },
        barChart(h, { title: `Actions by status, ${s.name}, ${s.schoolYear}`, desc: `${a.total} actions: ${bars.map(([l, v]) => `${l.toLowerCase()} ${v}`).join(', ')}. The table gives the same numbers.`,
          bars: bars.map(([label, value]) => ({ label, value })) }),
        scroller('Table: actions and milestones by status', h('table', {}, h('caption', {}, 'Actions and milestones by status'),
          h('thead', {}, h('tr', {}, ['', 'Total', 'Complete', 'On track', 'Behind', 'No report yet', 'Overdue'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, [['Actions', s.actions], ['Milestones', s.milestones]].map(([l, w]) => h('tr', {}, h('th', { scope: 'row' }, l), h('td', {}, w.total),
            h('td', {}, w.complete), h('td', {}, w.onTrack), h('td', {}, w.offTrack), h('td', {}, w.notReported), h('td', {}, w.overdue))))))),
      s.outputs.length ? h('div', {}, h('h3', {}, 'Outputs completed'), h('ul', {}, s.outputs.map(o => h('li', {}, o)))) : ''));
    if (s.months.length) {
      parts.push(h('section', { 'aria-labelledby': 'months-title' }, h('h2', { id: 'months-title' }, 'Month by month'),
        h('div', { class: 'chart-pair' },
          lineChart(h, { title: `Share of actions complete, and on track or complete, ${s.name}, ${s.schoolYear}`,
            desc: 'Percent of the actions started by each month that were complete, and that were on track or complete. The table gives every number.',
            xs: s.months.map(m => m.period.slice(5)), unit: '%',
            lines: [{ label: 'Complete', values: s.months.map(m => pct(m.complete, m.actions)) },
              { label: 'On track or complete', values: s.months.map(m => pct(m.onTrackOrComplete, m.actions)) }] }),
          scroller('Table: month by month', h('table', {}, h('caption', {}, 'Actions month by month'),
            h('thead', {}, h('tr', {}, ['Month', 'Actions started', 'Complete', 'On track or complete'].map(t => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, s.months.map(m => h('tr', {}, h('th', { scope: 'row' }, m.period), h('td', {}, m.actions), h('td', {}, m.complete), h('td', {}, m.onTrackOrComplete)))))))));
    }
    if (s.strategyMeasures.length) {
      parts.push(h('section', { 'aria-labelledby': 'moved-title' }, h('h2', { id: 'moved-title' }, "What moved: our strategies' measures"),
        measureTable('Strategy measures', s.strategyMeasures)));
    }
    parts.push(h('section', { 'aria-labelledby': 'adj-title' }, h('h2', { id: 'adj-title' }, 'What we changed, and why'),
      s.adjustments.length ? h('ul', {}, s.adjustments.map(x => h('li', {}, `${x.madeAt.slice(0, 10)}: ${x.cause}`, x.evidence ? ` (evidence: ${x.evidence})` : '',
        x.internal ? ' (internal: not on the public page)' : '')))
        : h('p', { class: 'muted' }, 'The plan did not change this year.')));
    parts.push(h('section', { 'aria-labelledby': 'sup-title' }, h('h2', { id: 'sup-title' }, 'Supports we received'),
      s.supports.length ? scroller('Supports received', h('table', {}, h('caption', {}, 'Supports received, and the share of the work on track before and after'),
        h('thead', {}, h('tr', {}, ['Support', 'For', 'From', 'On track before', 'After'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, s.supports.map(x => h('tr', {}, h('th', { scope: 'row' }, x.title), h('td', {}, x.orgName), h('td', {}, x.startDate),
          h('td', {}, share(x.effect.before)), h('td', {}, share(x.effect.after)))))))
        : h('p', { class: 'muted' }, 'No support this year.')));
    parts.push(await publication(orgId));
    view.replaceChildren(...parts);
  }

  /** The organization's leaders publish its progress page for families and the public, or take it down. */
  async function publication(orgId) {
    let state;
    try {
      state = (await api('GET', `/orgs/${orgId}/publication`)).body;
    } catch (e) {
      if (!(e instanceof braid.ApiError)) throw e;
      return '';
    }
    const link = `/public/orgs/${orgId}`;
    const status = h('p', { role: 'status' }, state.published ? 'The progress page is published: anyone can read it, without signing in, at ' : 'The progress page is not published.',
      state.published ? h('a', { href: link }, 'the public progress page') : '');
    const button = h('button', { type: 'button' }, state.published ? 'Take the progress page down' : 'Publish the progress page');
    button.addEventListener('click', async () => {
      try {
        await api('PUT', `/orgs/${orgId}/publication`, { published: !state.published });
        braid.notify(state.published ? 'The progress page is taken down.' : 'The progress page is published.');
        braid.go(location.hash);
      } catch (e) {
        if (!(e instanceof braid.ApiError)) throw e;
        braid.notify(e.status === 403 ? "Only the organization's leaders publish its page." : e.message, true);
      }
    });
    return h('section', { 'aria-labelledby': 'pub-title' }, h('h2', { id: 'pub-title' }, 'Progress page for families and the public'),
      h('p', {}, 'The public page shows this story without names or notes; a result about fewer students than the state sets is not shown.'), status,
      state.required ? h('p', {}, 'The state requires every progress page to be published.') : button);
  }
}
