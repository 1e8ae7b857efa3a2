// What changed between two versions of a plan, in words: what was added, removed, renumbered and changed, field by
// field with the value before and after, instead of the API's JSON.
const LABELS = {
  title: 'Title', description: 'Description', if: 'If we …', then: 'then …', and: 'and …', codes: 'Practices (codes)',
  goalIds: 'Goals served', startYear: 'First school year', endYear: 'Last school year', indicator: 'Indicator',
  dataSource: 'Data source', baseline: 'Baseline', targets: 'Targets', dueDate: 'Due date', startDate: 'Start date',
  owner: 'Owner', collaborators: 'Collaborators', resources: 'Resources', budget: 'Budget', fundingSource: 'Funding source',
  outputs: 'Anticipated outputs', schoolYear: 'School year',
};
const KINDS = ['plan', 'priority area', 'strategy', 'strategy measure', 'milestone', 'action'];
const CHANGES = [['added', 'Added'], ['removed', 'Removed'], ['changed', 'Changed'], ['renumbered', 'Moved (numbered anew)']];

/** A value as a reader says it: lists joined, targets by year, nothing as "(empty)". */
export function said(v) {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)) return '(empty)';
  if (Array.isArray(v)) return v.map(said).join('; ');
  if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}: ${said(x)}`).join(', ');
  return String(v);
}

/** The words that name an element: a priority area's title, a strategy's "If we", a measure's indicator, a description. */
function gist(el) {
  if (!el) return '';
  const text = el.title || (el.if ? `If we ${el.if}` : '') || el.indicator || el.description || '';
  return text.length > 140 ? `${text.slice(0, 137)}…` : text;
}

/** Every element of a plan document by id. */
function byId(doc) {
  const out = new Map();
  const walk = node => {
    for (const key of ['priorityAreas', 'strategies', 'measures', 'milestones', 'actions']) {
      for (const child of node?.[key] || []) { out.set(child.id, child); walk(child); }
    }
  };
  walk(doc);
  return out;
}

/**
 * The changes grouped as added, removed, changed and moved, each element named by its kind, number and words.
 * before, after: the two plan documents, to name the elements added or removed (optional).
 */
export function changesView(h, changes, before, after, goalName = id => id) {
  if (!changes.length) return h('p', {}, 'No changes.');
  const was = byId(before), now = byId(after);
  const name = c => `${c.kind === 'plan' ? 'The plan' : `${c.kind[0].toUpperCase()}${c.kind.slice(1)} ${c.numberAfter || c.numberBefore}`}`;
  const value = (field, v) => said(field === 'goalIds' && Array.isArray(v) ? v.map(goalName) : v);
  const sorted = list => [...list].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)
    || String(a.numberAfter || a.numberBefore).localeCompare(String(b.numberAfter || b.numberBefore), 'en', { numeric: true }));
  return h('div', { class: 'diff' }, CHANGES.map(([kind, title]) => {
    const list = sorted(changes.filter(c => c.change === kind));
    if (!list.length) return '';
    return h('section', {}, h('h4', {}, `${title} (${list.length})`), h('ul', { class: 'changes' }, list.map(c => h('li', {},
      h('strong', {}, name(c)),
      c.change === 'renumbered' ? ` (was ${c.numberBefore})` : '',
      c.change === 'changed' && c.numberBefore && c.numberAfter && c.numberBefore !== c.numberAfter ? ` (was ${c.numberBefore})` : '',
      c.change === 'added' && gist(now.get(c.id)) ? `: ${gist(now.get(c.id))}` : '',
      c.change === 'removed' && gist(was.get(c.id)) ? `: ${gist(was.get(c.id))}` : '',
      (c.fields || []).length ? h('ul', {}, c.fields.map(f => h('li', {}, h('span', {}, `${LABELS[f.field] || f.field}: `),
        h('del', { class: 'was' }, value(f.field, f.before)), ' became ', h('ins', { class: 'now' }, value(f.field, f.after))))) : ''))));
  }));
}

export function registerVersions(braid, p) {
  const { h, api } = p;

  /** Compare any two versions (or one with the current draft). */
  braid.page('#/planning/plans/:id/versions', async (view, { id }) => {
    p.style();
    const { plan, org } = await p.planAndOrg(id);
    const versions = (await api('GET', `/planning/plans/${id}/versions`)).body.items;
    const goals = new Map((await p.goalsFor(plan)).map(g => [g.value, g.label]));
    const options = [...versions.map(v => ({ value: String(v.number), label: `Version ${v.number} (${v.submitted.slice(0, 10)})` })),
      { value: 'current', label: 'The plan as it is now' }];
    const pick = (id2, label, chosen) => [h('label', { for: id2 }, label),
      h('select', { id: id2, name: id2 }, options.map(o => h('option', { value: o.value, selected: o.value === chosen }, o.label)))];
    const result = h('div', { 'aria-live': 'polite' });
    const form = h('form', { class: 'card', novalidate: true }, h('div', { class: 'row' },
      h('div', {}, ...pick('from', 'From', versions.length > 1 ? String(versions[versions.length - 2].number) : options[0].value)),
      h('div', {}, ...pick('to', 'To', versions.length > 1 ? String(versions[versions.length - 1].number) : 'current'))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show the changes')));
    const show = async () => {
      const a = form.elements.from.value, b = form.elements.to.value;
      try {
        const [changes, before, after] = await Promise.all([api('GET', `/planning/plans/${id}/versions/${a}/diff/${b}`),
          api('GET', `/planning/plans/${id}/versions/${a}`), api('GET', `/planning/plans/${id}/versions/${b}`)]);
        const title = n => n === 'current' ? 'the plan as it is now' : `version ${n}`;
        result.replaceChildren(h('h2', {}, `From ${title(a)} to ${title(b)}`),
          changesView(h, changes.body.items, before.body, after.body, g => goals.get(g) || g));
      } catch (e) {
        if (e instanceof braid.ApiError) braid.showErrors(form, e); else braid.notify(e.message, true);
      }
    };
    form.addEventListener('submit', ev => { ev.preventDefault(); show(); });
    view.replaceChildren(...p.planHeading(plan, org, 'Compare versions'),
      versions.length ? form : h('p', {}, 'The plan has no submitted version yet: submit it to keep a version to compare with.'), result);
    if (versions.length) await show();
  });
}
