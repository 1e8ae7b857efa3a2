// Needs-assessment pages: an organization's assessments, and one assessment step by step: the data
// reviewed, trends, SWOT, 5 Whys, fishbones (drawn by the API as SVG), root causes and priority areas,
// each with Tool B's coaching questions beside it.
export function register(braid) {
  const { h, api } = braid;
  const yesNo = [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }];

  braid.page('#/needs-assessment', async view => {
    const list = h('div', {});
    const select = braid.orgPicker({ label: 'Organization', name: 'orgId', value: await braid.ownOrg(), onChoose: org => org && draw() });
    const draw = async () => {
      if (!select.value) { list.replaceChildren(h('p', { class: 'muted' }, 'Find an organization to see its needs assessments.')); return; }
      const items = (await api('GET', `/needs-assessment/assessments?orgId=${select.value}`)).body.items;
      list.replaceChildren(items.length ? h('ul', {}, items.map(a => h('li', {}, h('a', { href: `#/needs-assessment/assessments/${a.id}` },
        `${a.schoolYear} — ${a.scope === 'SEGMENTED' ? `segmented: ${a.focus || ''}` : 'comprehensive'}`))))
        : h('p', { class: 'muted' }, 'No needs assessment yet.'));
    };
    const start = braid.form([{ group: [{ name: 'schoolYear', label: 'School year', placeholder: '2026-27' },
      { name: 'scope', label: 'Scope', type: 'select', options: [{ value: 'COMPREHENSIVE', label: 'Comprehensive' }, { value: 'SEGMENTED', label: 'Segmented (one area)' }] },
      { name: 'focus', label: 'Area (when segmented)' }] }], {}, 'Start the needs assessment', async body => {
      const r = await api('POST', '/needs-assessment/assessments', { ...body, orgId: select.value });
      braid.go(`#/needs-assessment/assessments/${r.body.id}`);
    });
    view.replaceChildren(h('h1', {}, 'Needs assessments'), select, list,
      h('section', { class: 'card' }, h('h2', {}, 'Start a needs assessment'), start));
    await draw();
  });

  braid.page('#/needs-assessment/assessments/:id', async (view, { id }) => draw(view, id));

  async function draw(view, id) {
    const a = (await api('GET', `/needs-assessment/assessments/${id}`)).body;
    const org = (await api('GET', `/orgs/${a.orgId}`).catch(() => ({ body: { name: '' } }))).body;
    const elements = (await api('GET', '/needs-assessment/data-elements')).body.elements;
    const redraw = () => draw(view, id);
    const years = [prev(a.schoolYear, 2), prev(a.schoolYear, 1), a.schoolYear];
    const trendOptions = a.trends.map(t => ({ value: t.id, label: t.statement }));
    const causeOptions = a.rootCauses.map(c => ({ value: c.id, label: c.text }));
    const section = (key, title, intro, items, show, fields, toBody = b => b) => h('section', { class: 'card', 'aria-labelledby': `na-${key}` },
      h('h2', { id: `na-${key}` }, title), intro ? h('p', { class: 'muted' }, intro) : '',
      coaching(a, key),
      items.length ? h('ul', { class: 'parts' }, items.map(p => h('li', {}, show(p), ' ', remove(key, p, redraw)))) : h('p', { class: 'muted' }, 'Nothing yet.'),
      h('details', { class: 'add' }, h('summary', {}, `Add to ${title.toLowerCase()}`),
        braid.form(fields, {}, `Add to ${title.toLowerCase()}`, async body => {
          await api('POST', `/needs-assessment/assessments/${id}/${segment[key]}`, toBody(body));
          await redraw();
        })));
    view.replaceChildren(
      h('h1', {}, `Needs assessment ${a.schoolYear} — ${org.name}`),
      h('p', {}, a.scope === 'SEGMENTED' ? `Segmented: ${a.focus || ''}` : 'Comprehensive', ' · ',
        h('a', { href: `/api/needs-assessment/assessments/${id}/pdf` }, 'Summary (PDF)'), ' · ', h('a', { href: `#/orgs/${a.orgId}` }, 'Organization')),
      (a.warnings || []).length ? h('div', { class: 'stale', role: 'status' }, a.warnings.map(w => h('p', {}, w.message))) : '',
      section('dataReviews', 'Data reviewed', 'Which data sources the team reviewed, with notes and evidence.', a.dataReviews,
        p => [h('strong', {}, (elements.find(e => e.id === p.element) || {}).name || p.element), p.notes ? `: ${p.notes}` : ''],
        [{ name: 'element', label: 'Data element', type: 'select', options: elements.map(e => ({ value: e.id, label: e.name })) },
          { name: 'notes', label: 'Notes', type: 'textarea' }, { name: 'evidence', label: 'Evidence links (one per line)', type: 'lines' }]),
      section('trends', 'Performance trends', 'Promising and concerning trends, with the data behind them.', a.trends,
        t => [h('span', { class: `badge ${t.kind === 'CONCERNING' ? 'csi' : ''}` }, t.kind.toLowerCase()), ' ', t.statement,
          h('span', { class: 'muted' }, ` (${(t.data || []).map(d => `${d.year}: ${d.value}`).join(', ')})`)],
        [{ name: 'statement', label: 'Trend', type: 'textarea' },
          { name: 'kind', label: 'Kind', type: 'select', options: [{ value: 'PROMISING', label: 'Promising' }, { value: 'CONCERNING', label: 'Concerning' }] },
          { name: 'data', label: 'Values by school year', type: 'yearValues', numbers: true, years }],
        b => ({ ...b, data: Object.entries(b.data).map(([year, value]) => ({ year, value })) })),
      section('swot', 'SWOT', 'Strengths, weaknesses, opportunities and threats, each with its evidence.', a.swot,
        s => [h('strong', {}, `${s.kind.toLowerCase()}: `), s.text, s.evidence ? h('span', { class: 'muted' }, ` — ${s.evidence}`) : ''],
        [{ name: 'kind', label: 'Kind', type: 'select', options: ['STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'THREAT'].map(k => ({ value: k, label: k.toLowerCase() })) },
          { name: 'text', label: 'Statement', type: 'textarea' }, { name: 'evidence', label: 'Evidence' }]),
      section('whyChains', '5 Whys', 'Ask "why?" up to five times until the root cause shows.', a.whyChains,
        w => [h('strong', {}, w.problem), h('ol', {}, w.whys.map(x => h('li', {}, x))), 'Root cause: ', w.rootCause || '—'],
        [{ name: 'problem', label: 'Problem', type: 'textarea' }, { name: 'whys', label: 'Why? (one answer per line, at most five)', type: 'lines' },
          { name: 'rootCause', label: 'Root cause reached' }]),
      section('fishbones', 'Fishbone', 'Causes by category (Tool D); the diagram prints.', a.fishbones,
        f => [h('strong', {}, f.problem), h('img', { src: `/api/needs-assessment/fishbones/${f.id}.svg`, alt: `Fishbone diagram of: ${f.problem}`, class: 'fishbone' }),
          h('a', { href: `/api/needs-assessment/fishbones/${f.id}.svg` }, 'Open the diagram')],
        [{ name: 'problem', label: 'Problem', type: 'textarea' },
          ...[1, 2, 3, 4].flatMap(i => [{ group: [{ name: `category${i}`, label: `Category ${i}` }, { name: `causes${i}`, label: `Causes in category ${i} (one per line)`, type: 'lines' }] }])],
        b => ({ problem: b.problem, categories: [1, 2, 3, 4].filter(i => b[`category${i}`]).map(i => ({ name: b[`category${i}`], causes: b[`causes${i}`] })) })),
      section('rootCauses', 'Root causes', 'For each: can we control it? Is it a symptom of a deeper, systemic cause? Where does the breakdown occur?', a.rootCauses,
        c => [c.text, h('span', { class: 'muted' }, ` — ${c.controllable ? 'within our control' : 'outside our control'}, ${c.systemic ? 'systemic' : 'not systemic'}, ${(c.level || '').toLowerCase()} level`)],
        [{ name: 'text', label: 'Root cause', type: 'textarea' },
          { group: [{ name: 'controllable', label: 'Within our control?', type: 'select', options: yesNo },
            { name: 'systemic', label: 'A symptom of a systemic cause?', type: 'select', options: yesNo },
            { name: 'level', label: 'Where the breakdown occurs', type: 'select', options: ['STATE', 'DISTRICT', 'SCHOOL', 'CLASSROOM'].map(l => ({ value: l, label: l.toLowerCase() })) }] }],
        b => ({ ...b, controllable: b.controllable === 'true', systemic: b.systemic === 'true' })),
      section('priorityAreas', 'Priority areas', 'Focus on few: more than four spreads resources thin.', a.priorityAreas,
        p => [h('strong', {}, p.title)],
        [{ name: 'title', label: 'Priority area' }, { name: 'rootCauseIds', label: 'From root causes', type: 'multiselect', options: causeOptions },
          { name: 'trendIds', label: 'From trends', type: 'multiselect', options: trendOptions }]),
      candidates(a, id, redraw));
  }

  // Concerns the district's self-reflection sent here (weaknesses whose evidence names it) are offered as candidate
  // priority areas, each taken with one button; one already a priority area is not offered again.
  function candidates(a, id, redraw) {
    const taken = new Set(a.priorityAreas.map(p => p.title));
    const offered = a.swot.filter(s => s.kind === 'WEAKNESS' && (s.evidence || '').startsWith('LEA self-reflection')
      && !taken.has(s.text) && !taken.has(s.text.slice(0, 299) + '…'));
    if (!offered.length) return '';
    return h('section', { class: 'card', 'aria-labelledby': 'na-candidates' },
      h('h2', { id: 'na-candidates' }, 'Candidate priority areas from the self-reflection'),
      h('p', { class: 'muted' }, 'Elements the district team agreed at level 1 or 2 in its LEA self-reflection, sent here as concerns.'),
      h('ul', { class: 'parts' }, offered.map(s => h('li', {}, s.text, ' ',
        h('button', { type: 'button', 'aria-label': `Make "${s.text}" a priority area`, onclick: async () => {
          // a priority area's title holds 300 characters; the longest element of the rubric is a little longer
          const title = s.text.length > 300 ? s.text.slice(0, 299) + '…' : s.text;
          try {
            await api('POST', `/needs-assessment/assessments/${id}/priority-areas`, { title, rootCauseIds: [], trendIds: [] });
            braid.notify(`"${title}" is a priority area.`);
            await redraw();
          } catch (e) {
            braid.notify(e.message, true);
          }
        } }, 'Make it a priority area')))));
  }

  const segment = { dataReviews: 'data-reviews', trends: 'trends', swot: 'swot', whyChains: 'why-chains', fishbones: 'fishbones', rootCauses: 'root-causes', priorityAreas: 'priority-areas' };

  function remove(key, part, redraw) {
    return h('button', { type: 'button', class: 'danger', 'aria-label': `Delete this ${key}`, onclick: async () => {
      if (!confirm('Delete this?')) return;
      await api('DELETE', `/needs-assessment/${segment[key]}/${part.id}`, undefined, { ifMatch: `"${part.version}"` });
      await redraw();
    } }, 'Delete');
  }

  function coaching(a, key) {
    const qs = (a.coaching || {})[key] || [];
    if (!qs.length) return '';
    return h('details', { class: 'coaching' }, h('summary', {}, 'Coaching questions (Tool B)'),
      h('ul', {}, qs.map(q => h('li', {}, q.text || q, q.source ? h('span', { class: 'muted' }, ` (${q.source})`) : ''))));
  }

  function prev(year, n) {
    const a = parseInt(year, 10) - n;
    return `${a}-${String((a + 1) % 100).padStart(2, '0')}`;
  }
}
