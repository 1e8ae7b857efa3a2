// The SFSS action plan of a plan, viewed and edited where the plan is kept: each challenge (a priority area) with its
// description, supporting data, target outcomes and root causes A-D; each system/strategy with its description and
// its Five SFSS Priorities; each key implementation step's by when and by who; and Section 2 (the Four R's, partners,
// resource alignment, infrastructure). Element fields go through planning's extension endpoint
// (PUT /api/planning/elements/{id}/extensions/sfss, If-Match on the plan); Section 2 through /api/sfss/plans/{id}/section-2.
// Only native form controls, each with its label, so the page works from the keyboard alone.
const PARTS = [
  { id: 'rules', title: 'Rules', cols: [['policy', 'Policy, protocol, code, or guideline that needs to be adjusted'], ['adjustments', 'Adjustments needed'], ['supports', 'Supports needed to make adjustments']] },
  { id: 'roles', title: 'Roles', cols: [['role', 'Shifting (or new) role'], ['shifts', 'Shifts in expectations/responsibilities/focus for that role'], ['supports', 'Supports/PD needed to make shift']] },
  { id: 'relationships', title: 'Relationships', cols: [['structure', 'Teaming/collaboration structure needing to be created or adjusted'], ['who', 'Who is involved'], ['notes', 'Key notes (methodology, frequency, etc.)']] },
  { id: 'resources', title: 'Resources', cols: [['expenditure', 'Expenditure/budget implication'], ['anticipatedCost', 'Anticipated costs ($)'], ['fundingSource', 'Funding source / reallocation']] },
  { id: 'partners', title: 'Partners', cols: [['role', 'Partner role'], ['shifts', 'Shifts in responsibility/focus'], ['supports', 'Supports needed to make the shift']] },
];
const LETTERS = ['A', 'B', 'C', 'D'];

export function register(braid) {
  const { h, api } = braid;

  braid.page('#/sfss', async view => {
    let chosen = await braid.ownOrg();
    const list = h('div', {});
    const select = braid.orgPicker({ label: 'Organization', name: 'orgId', value: chosen, onChoose: org => { chosen = org; if (org) draw(); } });
    const draw = async () => {
      if (!select.value) { list.replaceChildren(h('p', { class: 'muted' }, 'Find an organization to see its plans.')); return; }
      const plans = (await api('GET', `/planning/plans?orgId=${select.value}`)).body.items;
      list.replaceChildren(plans.length
        ? h('ul', {}, plans.map(x => h('li', {}, h('a', { href: `#/sfss/plans/${x.id}` }, `SFSS action plan ${x.schoolYear}`), ` (${x.status})`)))
        : h('p', { class: 'muted' }, 'No plan yet: start one under Plans; its SFSS action plan is drawn from it.'));
    };
    view.replaceChildren(h('h1', {}, 'SFSS action plan'),
      h('p', {}, 'The Systems for Student Success action plan is drawn from an organization\'s one plan: its priority areas are the challenges, '
        + 'its strategies the systems and strategies, its actions the key implementation steps. Here the team adds what the SFSS template asks for beyond the plan.'),
      select, list);
    await draw();
  });

  braid.page('#/sfss/plans/:id', async (view, { id }) => draw(view, id));

  async function draw(view, id) {
    const res = await api('GET', `/planning/plans/${id}`);
    const plan = res.body;
    const org = (await api('GET', `/orgs/${plan.orgId}`)).body;
    const framework = (await api('GET', '/frameworks/sfss')).body;
    const priorities = framework.domains.flatMap(d => d.practices);
    const two = await api('GET', `/sfss/plans/${id}/section-2`);
    const draft = plan.status === 'DRAFT';
    const ctx = { plan, planVersion: res.etag || `"${plan.version}"`, priorities, draft, redraw: () => draw(view, id) };
    view.replaceChildren(
      h('h1', {}, `SFSS action plan ${plan.schoolYear}: ${org.name}`),
      h('p', {}, h('a', { href: `#/planning/plans/${id}` }, 'The plan (Tool A)'), ' · ',
        h('a', { href: `/api/planning/plans/${id}/templates/sfss-action-plan/pdf` }, 'Printable SFSS action plan (PDF)')),
      draft ? '' : h('p', { class: 'muted' }, `The plan is ${plan.status.toLowerCase()}: reopen it under Plans to change Section 1.`),
      await completeness(id),
      h('h2', {}, 'Section 1: Challenges/Problems, Root Causes, and Proposed Systems and Strategies'),
      (plan.priorityAreas || []).length ? '' : h('p', { class: 'muted' }, 'The plan has no priority area yet: add 2-4, one per challenge, under Plans.'),
      ...(plan.priorityAreas || []).map((a, i) => challenge(ctx, a, i + 1)),
      sectionTwo(id, two.body, two.etag));
  }

  /** The template's missing components, as planning lists them (nothing when planning's template endpoint is not there). */
  async function completeness(id) {
    try {
      const t = (await api('GET', `/planning/plans/${id}/templates/sfss-action-plan`)).body;
      const missing = (t.sections || []).flatMap(s => s.missing || []);
      return h('section', { class: 'card', 'aria-labelledby': 'sfss-missing' }, h('h2', { id: 'sfss-missing' }, 'Still missing'),
        missing.length ? h('ul', {}, missing.map(m => h('li', {}, m))) : h('p', {}, 'Nothing: the plan shows every component of the template.'));
    } catch (e) {
      if (!(e instanceof braid.ApiError)) throw e;
      return '';
    }
  }

  /** The fields an element keeps for SFSS: on the element in the plan's JSON, else read from the element itself. */
  async function fieldsOf(kindPath, el) {
    if (el.extensions) return el.extensions.sfss || {};
    try {
      const one = (await api('GET', `/planning/${kindPath}/${el.id}`)).body;
      return (one.extensions && one.extensions.sfss) || {};
    } catch (e) {
      if (!(e instanceof braid.ApiError)) throw e;
      return {};
    }
  }

  async function save(ctx, elementId, body, what) {
    await api('PUT', `/planning/elements/${elementId}/extensions/sfss`, body, { ifMatch: ctx.planVersion });
    braid.notify(`${what} saved`);
    await ctx.redraw();
  }

  function challenge(ctx, area, n) {
    const box = h('section', { class: 'card', 'aria-labelledby': `sfss-c${n}` }, h('h3', { id: `sfss-c${n}` }, `Challenge/Problem #${n}: ${area.title}`));
    fieldsOf('priority-areas', area).then(f => {
      const causes = f.rootCauses || [];
      const form = braid.form([
        { name: 'description', label: 'Description of challenge/problem', type: 'textarea' },
        { name: 'supportingData', label: 'Supporting data and evidence (how do you know this is a challenge?)', type: 'textarea' },
        { name: 'targetOutcomes', label: 'Target outcomes (what do you want instead?)', type: 'textarea' },
        ...LETTERS.map((l, i) => ({ name: `rootCauses[${i}]`, label: `Root cause ${l}`, type: 'textarea' })),
      ], { description: f.description ?? area.description, supportingData: f.supportingData, targetOutcomes: f.targetOutcomes,
        ...Object.fromEntries(LETTERS.map((l, i) => [`rootCauses[${i}]`, causes[i]])) }, `Save challenge #${n}`, async body => {
        const out = { description: body.description, supportingData: body.supportingData, targetOutcomes: body.targetOutcomes,
          rootCauses: LETTERS.map((l, i) => body[`rootCauses[${i}]`]).filter(x => x) };
        await save(ctx, area.id, out, `Challenge #${n}`);
      });
      box.append(form, h('h4', {}, `Systems and strategies to address root causes of challenge #${n}`),
        ...(area.strategies || []).map(s => strategy(ctx, s)));
      if (!(area.strategies || []).length) box.append(h('p', { class: 'muted' }, 'No strategy yet: add one under Plans.'));
    });
    return box;
  }

  function strategy(ctx, s) {
    const box = h('div', { class: 'card' }, h('h5', {}, `System/strategy ${s.number}`), h('p', {}, `If ${s.if}, then ${s.then}, and ${s.and}`));
    fieldsOf('strategies', s).then(f => {
      const chosen = f.priorities || [];
      const form = braid.form([{ name: 'description', label: `System/strategy description (${s.number})`, type: 'textarea' }],
        { description: f.description }, `Save strategy ${s.number}`, async body => {
          const priorities = [...form.querySelectorAll('input[data-priority]:checked')].map(c => c.value);
          await save(ctx, s.id, { description: body.description, priorities }, `Strategy ${s.number}`);
        });
      // the five priorities as check boxes, before the save button; planning's errors name priorities[i]
      const set = h('fieldset', {}, h('legend', {}, 'Five SFSS Priorities connection'), ctx.priorities.map(p => {
        const cid = `sfss-${s.id}-${p.code}`;
        return h('div', { class: 'check' }, h('input', { id: cid, type: 'checkbox', value: p.code, 'data-priority': true, name: 'priorities', checked: chosen.includes(p.code) }),
          h('label', { for: cid }, `${p.code} ${p.name}`));
      }));
      form.insertBefore(set, form.querySelector('.actions'));
      const steps = (s.milestones || []).flatMap(m => m.actions || []);
      box.append(form, steps.length ? h('h6', {}, 'Key implementation steps') : h('p', { class: 'muted' }, 'No key implementation step (action) yet.'),
        ...steps.map(a => step(ctx, a)));
    });
    return box;
  }

  function step(ctx, a) {
    const box = h('div', {}, h('p', {}, h('strong', {}, `${a.number} `), a.description, h('span', { class: 'muted' }, ` (Tool A: ${a.owner || 'no owner'}, due ${a.dueDate || 'no date'})`)));
    fieldsOf('actions', a).then(f => {
      box.append(braid.form([{ group: [
        { name: 'byWhen', label: `By when? (step ${a.number}, if not Tool A's due date)` },
        { name: 'byWho', label: `By who? (step ${a.number}, if not Tool A's owner)` }] }],
      { byWhen: f.byWhen, byWho: f.byWho }, `Save step ${a.number}`, async body => save(ctx, a.id, body, `Step ${a.number}`)));
    });
    return box;
  }

  /** Section 2: a table of inputs per part (its rows, and one empty row to add), then the two texts; saved whole. */
  function sectionTwo(planId, two, etag) {
    const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'sfss-s2' },
      h('h2', { id: 'sfss-s2' }, 'Section 2: Resource Alignment & Infrastructure/System Management'),
      h('p', {}, 'Use the Four R\'s of System Change to describe the resource, infrastructure and system management implications of the proposed system changes. '
        + 'Leave a row empty to remove it.'));
    for (const part of PARTS) {
      const rows = [...(two[part.id] || []), {}];
      form.append(h('fieldset', {}, h('legend', {}, part.title), h('table', {}, h('thead', {}, h('tr', {}, part.cols.map(([, l]) => h('th', { scope: 'col', class: 'text' }, l)))),
        h('tbody', {}, rows.map((r, i) => h('tr', {}, part.cols.map(([k, l]) => h('td', { class: 'text' },
          h('label', { class: 'sr-only', for: `s2-${part.id}-${i}-${k}` }, `${part.title} row ${i + 1}: ${l}`),
          h(k === 'anticipatedCost' ? 'input' : 'textarea', { id: `s2-${part.id}-${i}-${k}`, name: `${part.id}[${i}].${k}`, 'data-part': part.id, 'data-row': i, 'data-col': k,
            type: k === 'anticipatedCost' ? 'number' : undefined, min: k === 'anticipatedCost' ? '0' : undefined, step: k === 'anticipatedCost' ? '0.01' : undefined,
            value: k === 'anticipatedCost' ? (r[k] ?? '') : undefined }, k === 'anticipatedCost' ? undefined : (r[k] ?? ''))))))))));
    }
    form.append(
      h('label', { for: 's2-alignment' }, 'Resource alignment: the staffing, partnership and financial implications of the strategies'),
      h('textarea', { id: 's2-alignment', name: 'resourceAlignment' }, two.resourceAlignment || ''),
      h('label', { for: 's2-infra' }, 'Infrastructure/system management: how progress is monitored and the SFSS Priority Areas embedded in regular management'),
      h('textarea', { id: 's2-infra', name: 'infrastructure' }, two.infrastructure || ''),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save Section 2')));
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      const body = { resourceAlignment: form.resourceAlignment.value || null, infrastructure: form.infrastructure.value || null };
      for (const part of PARTS) {
        const rows = [];
        form.querySelectorAll(`[data-part="${part.id}"]`).forEach(el => {
          const i = Number(el.dataset.row);
          rows[i] = rows[i] || {};
          const v = el.value.trim();
          rows[i][el.dataset.col] = v === '' ? null : (el.dataset.col === 'anticipatedCost' ? Number(v) : v);
        });
        // empty rows are sent too (the server leaves them out), so the rows its errors name are the rows shown here
        body[part.id] = rows;
      }
      try {
        const r = await api('PUT', `/sfss/plans/${planId}/section-2`, body, { ifMatch: etag || `"${two.version}"` });
        braid.notify('Section 2 saved');
        form.replaceWith(sectionTwo(planId, r.body, r.etag));
      } catch (e) {
        if (e.status === 412) { braid.notify('Someone else saved Section 2 since you loaded it; nothing was saved. Reload the page to see their change.', true); return; }
        if (!(e instanceof braid.ApiError)) throw e;
        braid.showErrors(form, e);
      }
    });
    return form;
  }
}
