// Step 4 of the planning process: candidate strategies weighed with the prioritization questions (yes, partly, no and
// a note each), ranked by the team, the score (2 per yes, 1 per partly) beside the rank to help.
export function registerCandidates(braid, p) {
  const { h, api } = p;

  braid.page('#/planning/plans/:id/candidates', async (view, { id }) => draw(view, id));

  /** The fields of a candidate; the answers are named answers.<question>.answer and .note, as the API names their errors. */
  function fields(questions, strategies) {
    return [{ name: 'title', label: 'Candidate strategy' }, { name: 'description', label: 'Description', type: 'textarea' },
      { group: [{ name: 'rank', label: 'Rank (1 first)', type: 'number' },
        { name: 'strategyId', label: 'The strategy it became', type: 'select',
          options: [{ value: '', label: 'Not in the plan (yet)' }, ...strategies.map(s => ({ value: s.id, label: `${s.number} If we ${s.if}` }))] }] },
      ...questions.map((q, i) => ({ class: 'question', group: [
        { name: `answers.${q.id}.answer`, label: `${i + 1}. ${q.text}`, type: 'select',
          options: [{ value: '', label: 'Not answered' }, { value: 'yes', label: 'Yes' }, { value: 'partly', label: 'Partly' }, { value: 'no', label: 'No' }] },
        { name: `answers.${q.id}.note`, label: `Note on question ${i + 1}`, type: 'textarea' }] }))];
  }

  /** The form's flat answers as the API's map; unanswered questions are left out. */
  function body(flat, questions) {
    const out = { title: flat.title, description: flat.description, rank: flat.rank, strategyId: flat.strategyId, answers: {} };
    for (const q of questions) {
      const answer = flat[`answers.${q.id}.answer`], note = flat[`answers.${q.id}.note`];
      if (answer || note) out.answers[q.id] = { answer, note };
    }
    return out;
  }

  function values(c) {
    const v = { ...c, strategyId: c.strategyId || '' };
    for (const [q, a] of Object.entries(c.answers || {})) {
      v[`answers.${q}.answer`] = a.answer;
      v[`answers.${q}.note`] = a.note;
    }
    return v;
  }

  async function draw(view, id) {
    p.style();
    const { plan, org } = await p.planAndOrg(id);
    const seed = (await api('GET', '/planning/prioritization-questions')).body;
    const questions = seed.questions || [];
    const candidates = (await api('GET', `/planning/plans/${id}/candidates`)).body.items;
    const strategies = plan.priorityAreas.flatMap(a => a.strategies);
    const redraw = () => draw(view, id);
    const said = { yes: 'Yes', partly: 'Partly', no: 'No' };
    const source = seed.source ? `Source: ${seed.source.title}${seed.source.section ? `, ${seed.source.section}` : ''}.` : '';

    const summary = candidates.length ? p.scroller('Candidates by rank', h('table', {}, h('caption', {}, 'Candidate strategies by rank'),
      h('thead', {}, h('tr', {}, ['Rank', 'Candidate', 'Score', 'Yes', 'Partly', 'No', 'In the plan as']
        .map(t => h('th', { scope: 'col', class: ['Score', 'Yes', 'Partly', 'No'].includes(t) ? 'num' : undefined }, t)))),
      h('tbody', {}, candidates.map(c => {
        const n = a => Object.values(c.answers || {}).filter(x => x.answer === a).length;
        const became = strategies.find(s => s.id === c.strategyId);
        return h('tr', {}, h('td', {}, c.rank ?? '—'), h('th', { scope: 'row' }, h('a', { href: `#candidate-${c.id}`,
          onclick: ev => { ev.preventDefault(); document.getElementById(`candidate-${c.id}`)?.focus(); } }, c.title)),
        h('td', { class: 'num' }, `${c.score} of ${questions.length * 2}`), h('td', { class: 'num' }, n('yes')), h('td', { class: 'num' }, n('partly')),
        h('td', { class: 'num' }, n('no')), h('td', {}, became ? `Strategy ${became.number}` : '—'));
      }))))
      : h('p', { class: 'muted' }, 'No candidate yet: add the strategies the team is weighing.');

    view.replaceChildren(...p.planHeading(plan, org, 'Candidate strategies'),
      h('details', { class: 'coaching' }, h('summary', {}, `The prioritization questions (${questions.length})`),
        h('ol', {}, questions.map(q => h('li', {}, q.text))), source ? h('p', { class: 'muted' }, source) : ''),
      summary,
      ...candidates.map(c => h('article', { class: 'card', id: `candidate-${c.id}`, tabindex: '-1', 'aria-labelledby': `candidate-title-${c.id}` },
        h('h2', { id: `candidate-title-${c.id}` }, c.rank ? `${c.rank}. ${c.title}` : c.title),
        c.description ? h('p', {}, c.description) : '',
        h('p', {}, `Score ${c.score} of ${questions.length * 2} (2 per yes, 1 per partly).`),
        h('ol', {}, questions.map(q => {
          const a = (c.answers || {})[q.id];
          return h('li', {}, h('span', { class: 'muted' }, q.text), ' ', h('strong', {}, a ? said[a.answer] : 'Not answered'), a?.note ? ` — ${a.note}` : '');
        })),
        h('div', { class: 'actions' }, p.deleteButton(`the candidate “${c.title}”`, `/planning/candidates/${c.id}`, c.version, redraw),
          h('details', {}, h('summary', {}, `Edit the candidate “${c.title}”`), p.form(fields(questions, strategies), values(c), `Save “${c.title}”`,
            flat => p.saving(redraw, async () => {
              await api('PUT', `/planning/candidates/${c.id}`, { ...body(flat, questions), version: c.version });
              await redraw();
            })))))),
      p.adding('Weigh a candidate strategy', fields(questions, strategies), { strategyId: '' },
        flat => api('POST', `/planning/plans/${id}/candidates`, body(flat, questions)), redraw));
  }
}
