// Step 6 of the planning process: what the plan costs by funding source and by strategy, and the initiatives to
// retire with the funds they free.
export function registerFunding(braid, p) {
  const { h, api, money } = p;
  const retirementFields = () => [{ name: 'initiative', label: 'Initiative to retire' },
    { group: [{ name: 'freedAmount', label: 'Funds it frees (dollars)', type: 'number' }, { name: 'fundingSource', label: 'Funding source' }] },
    { name: 'reason', label: 'Why retire it (its return on investment)', type: 'textarea' }];

  braid.page('#/planning/plans/:id/funding', async (view, { id }) => draw(view, id));

  async function draw(view, id) {
    p.style();
    const { plan, org } = await p.planAndOrg(id);
    const funding = (await api('GET', `/planning/plans/${id}/funding`)).body;
    const questions = (await api('GET', '/planning/prioritization-questions').catch(() => ({ body: {} }))).body;
    const redraw = () => draw(view, id);
    const strategies = new Map(plan.priorityAreas.flatMap(a => a.strategies).map(s => [s.id, s]));
    const actions = plan.priorityAreas.flatMap(a => a.strategies).flatMap(s => s.milestones).flatMap(m => m.actions);
    const amount = v => h('td', { class: 'num' }, money.format(Number(v)));
    const num = t => h('th', { scope: 'col', class: 'num' }, t);

    const bySource = p.scroller('Budgets by funding source', h('table', {}, h('caption', {}, 'Budgets by funding source'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Funding source'), num('Actions'), num('Budget'))),
      h('tbody', {}, funding.bySource.map(s => h('tr', {}, h('th', { scope: 'row' }, s.fundingSource === '(none)' ? 'No source named' : s.fundingSource),
        h('td', { class: 'num' }, s.count), amount(s.amount)))),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Total'), h('td', { class: 'num' }, funding.bySource.reduce((n, s) => n + s.count, 0)),
        amount(funding.total)))));
    const byStrategy = p.scroller('Budgets by strategy', h('table', {}, h('caption', {}, 'Budgets by strategy'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Strategy'), h('th', { scope: 'col' }, 'If we …'), num('Budget'))),
      h('tbody', {}, funding.byStrategy.map(s => h('tr', {}, h('th', { scope: 'row' }, s.number),
        h('td', { class: 'statement' }, strategies.get(s.strategyId)?.if || ''), amount(s.amount)))),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Total'), h('td', {}, ''), amount(funding.total)))));

    const retiring = funding.retiring.length ? p.scroller('Initiatives to retire', h('table', {}, h('caption', {}, 'Initiatives to retire'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Initiative'), h('th', { scope: 'col' }, 'Funding source'), h('th', { scope: 'col' }, 'Why'),
        num('Funds freed'))),
      h('tbody', {}, funding.retiring.map(r => h('tr', {}, h('th', { scope: 'row' }, r.initiative), h('td', {}, r.fundingSource || ''),
        h('td', {}, r.reason || ''), r.freedAmount === null ? h('td', { class: 'num' }, '—') : amount(r.freedAmount)))),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Total freed'), h('td', {}, ''), h('td', {}, ''), amount(funding.freed)))))
      : h('p', { class: 'muted' }, 'No initiative is marked to retire.');
    const freedBySource = funding.freedBySource.length ? h('ul', {}, funding.freedBySource.map(s =>
      h('li', {}, `${s.fundingSource === '(none)' ? 'No source named' : s.fundingSource}: ${money.format(Number(s.amount))} freed by ${s.count} initiative${s.count === 1 ? '' : 's'}`))) : '';

    view.replaceChildren(...p.planHeading(plan, org, 'Funding'),
      h('p', { class: 'lead' }, `Budgeted in all: ${money.format(Number(funding.total))} over ${actions.length - funding.actionsWithoutBudget} actions`,
        funding.actionsWithoutBudget ? `; ${funding.actionsWithoutBudget} action${funding.actionsWithoutBudget === 1 ? '' : 's'} without a budget` : '',
        `. Freed by retiring initiatives: ${money.format(Number(funding.freed))}.`),
      (questions.funding || []).length ? h('details', { class: 'coaching' }, h('summary', {}, 'Questions for associating funding'),
        h('ul', {}, questions.funding.map(q => h('li', {}, q)))) : '',
      h('section', { 'aria-labelledby': 'by-source' }, h('h2', { id: 'by-source' }, 'By funding source'), bySource),
      h('section', { 'aria-labelledby': 'by-strategy' }, h('h2', { id: 'by-strategy' }, 'By strategy'), byStrategy),
      h('section', { 'aria-labelledby': 'retiring' }, h('h2', { id: 'retiring' }, 'Initiatives to retire'),
        h('p', { class: 'muted' }, 'Initiatives funded today that do not return enough, and what retiring them frees for the plan.'),
        retiring, freedBySource,
        funding.retiring.map(r => h('div', { class: 'element-controls' }, h('p', {}, h('strong', {}, r.initiative)),
          h('div', { class: 'actions' }, p.deleteButton(`the initiative to retire “${r.initiative}”`, `/planning/retirements/${r.id}`, r.version, redraw,
            `Keep “${r.initiative}” after all (remove it from this list)?`),
          h('details', {}, h('summary', {}, `Edit “${r.initiative}”`), p.form(retirementFields(), r, `Save “${r.initiative}”`,
            body => p.saving(redraw, async () => { await api('PUT', `/planning/retirements/${r.id}`, { ...body, version: r.version }); await redraw(); })))))),
        p.adding('Mark an initiative to retire', retirementFields(), {}, body => api('POST', `/planning/plans/${id}/retirements`, body), redraw)));
  }
}
