// An organization's published progress page, for families and the public: no sign-in, no shell. It reads
// /api/monitoring/public/orgs/{id} (?org= in the address) and shows the year in plain words with every chart's table;
// results about too few students are not shown.
import { barChart } from './charts.js';

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null && v !== false) el.setAttribute(k, v === true ? '' : v);
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

const yes = v => (v === null || v === undefined ? '–' : v ? 'Yes' : 'No');

function measures(caption, list, minimum) {
  return h('div', { class: 'scroll', role: 'region', 'aria-label': caption, tabindex: '0' }, h('table', {}, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ['Measure', 'Baseline', 'Target', 'Result', 'Target reached'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, list.map(m => h('tr', {}, h('th', { scope: 'row' }, m.indicator), h('td', {}, m.baseline ?? '–'), h('td', {}, m.target ?? '–'),
      h('td', {}, m.suppressed ? `Not shown: fewer than ${minimum} students` : m.result ?? 'Not yet'), h('td', {}, yes(m.onTarget)))))));
}

async function show() {
  const main = document.getElementById('main');
  const params = new URLSearchParams(location.search);
  const org = params.get('org') || '';
  const year = params.get('year');
  const res = await fetch(`/api/monitoring/public/orgs/${encodeURIComponent(org)}${year ? `?schoolYear=${encodeURIComponent(year)}` : ''}`,
    { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    document.title = 'Not found';
    main.replaceChildren(h('h1', {}, 'Not found'), h('p', {}, 'There is no published progress page at this address.'));
    return;
  }
  const s = await res.json();
  document.title = `${s.name}: our year ${s.schoolYear}`;
  const a = s.actions;
  const bars = [['Complete', a.complete], ['On track', a.onTrack], ['Behind', a.offTrack], ['No report yet', a.notReported]];
  main.replaceChildren(
    h('h1', {}, `${s.name}: our year ${s.schoolYear}`),
    h('section', { 'aria-labelledby': 'brief' }, h('h2', { id: 'brief' }, 'The year in brief'), ...s.summary.map(t => h('p', {}, t))),
    s.vision || s.mission ? h('section', { 'aria-labelledby': 'dir' }, h('h2', { id: 'dir' }, 'Where we are going'),
      s.vision ? h('p', {}, h('strong', {}, 'Vision: '), s.vision) : '', s.mission ? h('p', {}, h('strong', {}, 'Mission: '), s.mission) : '') : '',
    s.goals.length ? h('section', { 'aria-labelledby': 'goals' }, h('h2', { id: 'goals' }, 'Our goals'),
      ...s.goals.flatMap((g, i) => [h('h3', {}, g.statement), measures(`Measures of goal ${i + 1}`, g.measures, s.minimumCount)])) : '',
    h('section', { 'aria-labelledby': 'done' }, h('h2', { id: 'done' }, 'What we did'),
      h('div', { class: 'chart-pair' },
        barChart(h, { title: `Actions by status, ${s.name}, ${s.schoolYear}`, desc: `${a.total} actions. The table gives the same numbers.`,
          bars: bars.map(([label, value]) => ({ label, value })) }),
        h('div', { class: 'scroll', role: 'region', 'aria-label': 'Actions by status', tabindex: '0' }, h('table', {}, h('caption', {}, 'Actions and milestones by status'),
          h('thead', {}, h('tr', {}, ['', 'Total', 'Complete', 'On track', 'Behind'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, [['Actions', s.actions], ['Milestones', s.milestones]].map(([l, w]) => h('tr', {}, h('th', { scope: 'row' }, l),
            h('td', {}, w.total), h('td', {}, w.complete), h('td', {}, w.onTrack), h('td', {}, w.offTrack))))))),
      s.outputs.length ? h('div', {}, h('h3', {}, 'What we produced'), h('ul', {}, s.outputs.map(o => h('li', {}, o)))) : ''),
    s.strategyMeasures.length ? h('section', { 'aria-labelledby': 'moved' }, h('h2', { id: 'moved' }, 'What moved'),
      measures('Measures of our strategies', s.strategyMeasures, s.minimumCount)) : '',
    s.changes.length ? h('section', { 'aria-labelledby': 'changes' }, h('h2', { id: 'changes' }, 'What we changed, and why'),
      h('ul', {}, s.changes.map(c => h('li', {}, `${c.date}: ${c.cause}`)))) : '',
    s.supports.length ? h('section', { 'aria-labelledby': 'supports' }, h('h2', { id: 'supports' }, 'Support we received'),
      h('ul', {}, s.supports.map(x => h('li', {}, `${x.title} (from ${x.startDate})`)))) : '');
}

show();
