// Monitoring pages: the school year's reporting calendar.
export function register(braid) {
  const { h, api } = braid;
  braid.page('#/monitoring/calendar', async view => {
    const cal = (await api('GET', '/monitoring/calendar')).body;
    const label = { monthly: 'Monthly', quarterly: 'Quarterly', semester: 'Semester', annual: 'Annual' };
    view.replaceChildren(h('h1', {}, `Reporting calendar ${cal.schoolYear}`),
      h('p', {}, `The school year runs from ${cal.start} to ${cal.end}.`),
      h('table', {}, h('thead', {}, h('tr', {}, ['Due', 'Cadence', 'Report', 'Period'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, cal.dates.map(d => h('tr', {}, h('td', {}, d.due), h('td', {}, label[d.cadence] || d.cadence), h('td', {}, d.report), h('td', {}, d.period))))));
  });
}
