// Self-assessment pages: a district's self-reflections (Tool C) and process self-assessments (seed 002); the rating
// page where each member rates every element privately (one form per element, saved on its own); the team's summary
// with the tallies and disagreement flags; the lead's consensus page; the process self-assessment step by step; and
// the state's view, a chart per practice (SVG with <title> and <desc>) with the same numbers in a table.
const NS = 'http://www.w3.org/2000/svg';
// the same colours as the legend's swatches in self-assessment.css (.lv1 .. .lv4, .lv0 for none)
const LEVEL_COLORS = ['#b42318', '#f79009', '#6ca0dc', '#0b3d91'];
const NONE_COLOR = '#e4e7ec';
const STEPS = [['inform', 'Inform'], ['select', 'Select'], ['plan', 'Plan'], ['implement', 'Implement'], ['analyze', 'Analyze']];
let chartSeq = 0;

export function register(braid) {
  const { h, api } = braid;
  if (!document.querySelector('link[data-module="self-assessment"]')) {
    document.head.append(h('link', { rel: 'stylesheet', href: '/ui/self-assessment/self-assessment.css', 'data-module': 'self-assessment' }));
  }
  let rubricCache;

  /** Tool C as shipped: practices with their elements and the four performance levels. */
  async function rubric() {
    if (!rubricCache) {
      const all = (await api('GET', '/self-assessment/instruments')).body.instruments;
      const tool = all.find(i => i.id === 'lea-self-reflection');
      const process = all.find(i => i.id === 'lea-process-self-assessment');
      const elements = new Map();
      tool.practices.forEach(p => p.elements.forEach(e => elements.set(e.code, { ...e, practice: p.code })));
      rubricCache = { tool, process, levels: tool.performanceLevels, practices: tool.practices, elements };
    }
    return rubricCache;
  }

  const levelLabel = (r, n) => `${n} ${r.levels[n - 1]}`;
  const median = m => (m === null || m === undefined ? '–' : String(m));

  function subnav(id, here, v) {
    const lead = braid.me && v.leadUserId === braid.me.userId;
    const member = braid.me && v.team.some(m => m.userId === braid.me.userId);
    const links = [
      member && [`#/self-assessment/reflections/${id}`, 'My ratings'],
      [`#/self-assessment/reflections/${id}/summary`, 'Team summary'],
      lead && [`#/self-assessment/reflections/${id}/consensus`, 'Consensus'],
    ].filter(Boolean);
    return h('nav', { class: 'subnav', 'aria-label': 'Self-reflection' }, h('ul', {}, links.map(([href, label]) =>
      h('li', {}, h('a', { href, 'aria-current': href === here ? 'page' : undefined }, label))),
      h('li', {}, h('a', { href: `/api/self-assessment/reflections/${id}/pdf` }, 'Results (PDF)'))));
  }

  async function heading(v) {
    const org = (await api('GET', `/orgs/${v.orgId}`).catch(() => ({ body: { name: '' } }))).body;
    return { org, title: `Self-reflection ${v.schoolYear} — ${org.name}` };
  }

  // --- a district's self-reflections and process self-assessments

  braid.page('#/self-assessment', async view => {
    const own = await braid.ownOrg();
    const list = h('div', {});
    const start = h('div', {});
    const select = braid.orgPicker({ label: 'District', name: 'orgId', type: 'LEA', value: own && own.type === 'LEA' ? own : null, onChoose: org => org && draw() });
    const draw = async () => {
      const orgId = select.value;
      if (!orgId) { list.replaceChildren(h('p', { class: 'muted' }, 'Find a district to see its self-assessments.')); start.replaceChildren(); return; }
      const [refl, proc] = await Promise.all([api('GET', `/self-assessment/reflections?orgId=${orgId}`), api('GET', `/self-assessment/process-assessments?orgId=${orgId}`)]);
      list.replaceChildren(
        h('h2', {}, 'Self-reflections (Tool C)'),
        refl.body.items.length ? h('ul', {}, refl.body.items.map(r => h('li', {}, h('a', { href: `#/self-assessment/reflections/${r.id}/summary` },
          `${r.schoolYear}: ${r.status === 'OPEN' ? 'rating open' : 'round closed'}, consensus on ${r.agreed} of ${r.elements.length} elements`))))
          : h('p', { class: 'muted' }, 'No self-reflection yet.'),
        h('h2', {}, 'Process self-assessments'),
        proc.body.items.length ? h('ul', {}, proc.body.items.map(p => h('li', {}, h('a', { href: `#/self-assessment/process/${p.id}` }, p.schoolYear))))
          : h('p', { class: 'muted' }, 'No process self-assessment yet.'));
      start.replaceChildren();
      const candidates = await api('GET', `/self-assessment/team-candidates?orgId=${orgId}`).catch(() => null);
      if (!candidates) return;
      const users = candidates.body.items;
      const open = braid.form([{ group: [{ name: 'schoolYear', label: 'School year', placeholder: '2026-27' },
          { name: 'leadUserId', label: 'Lead', type: 'select', options: users.filter(u => u.leader).map(u => ({ value: u.userId, label: u.username })) }] },
        { name: 'teamUserIds', label: 'Team (the lead included)', type: 'multiselect', options: users.map(u => ({ value: u.userId, label: u.username })) }],
        {}, 'Open the self-reflection', async body => {
          const r = await api('POST', '/self-assessment/reflections', { ...body, orgId });
          braid.go(`#/self-assessment/reflections/${r.body.id}`);
        });
      start.append(h('section', { class: 'card' }, h('h2', {}, 'Open a self-reflection'), userFinder(open, users.length), open),
      h('section', { class: 'card' }, h('h2', {}, 'Start a process self-assessment'),
        braid.form([{ name: 'schoolYear', label: 'School year', placeholder: '2026-27' }], {}, 'Start', async body => {
          const r = await api('POST', '/self-assessment/process-assessments', { ...body, orgId });
          braid.go(`#/self-assessment/process/${r.body.id}`);
        })));
    };
    view.replaceChildren(h('h1', {}, 'Self-assessment'), h('p', {}, h('a', { href: '#/self-assessment/state' }, 'Where the districts stand (state view)')),
      select, list, start);
    await draw();
  });

  /**
   * A district may have many users: typing part of a name narrows the lead and team lists to the users whose name
   * contains it (chosen ones stay shown), so nobody scrolls a long list.
   */
  function userFinder(form, count) {
    const lists = [...form.querySelectorAll('select[name=leadUserId], select[name=teamUserIds]')];
    const team = form.querySelector('select[name=teamUserIds]');
    if (team) team.size = Math.min(10, Math.max(4, count));
    const find = h('input', { id: 'sa-find-user', type: 'search', autocomplete: 'off', 'aria-describedby': 'sa-find-user-hint' });
    const hint = h('p', { id: 'sa-find-user-hint', class: 'muted', role: 'status' }, `${count} users of the district in the lists.`);
    find.addEventListener('input', () => {
      const q = find.value.trim().toLowerCase();
      let shown = 0;
      for (const list of lists) {
        for (const o of list.options) {
          o.hidden = Boolean(q) && !o.selected && !o.textContent.toLowerCase().includes(q);
          if (list === team && !o.hidden) shown++;
        }
      }
      hint.textContent = q ? `${shown} of ${count} users match "${find.value.trim()}".` : `${count} users of the district in the lists.`;
    });
    return h('div', {}, h('label', { for: 'sa-find-user' }, 'Find users by name'), find, hint);
  }

  // --- the rating page: every element, one small form each, saved on its own

  braid.page('#/self-assessment/reflections/:id', async (view, { id }) => {
    const [v, r] = [(await api('GET', `/self-assessment/reflections/${id}`)).body, await rubric()];
    const { title } = await heading(v);
    const member = v.team.some(m => m.userId === braid.me.userId);
    if (!member) {
      view.replaceChildren(h('h1', {}, title), subnav(id, '', v), h('p', {}, 'Only members of the team rate. The team summary shows the results.'));
      return;
    }
    const mine = new Map((await api('GET', `/self-assessment/reflections/${id}/my-ratings`)).body.items.map(x => [x.code, x]));
    const open = v.status === 'OPEN';
    const sections = r.practices.map(p => h('section', { class: 'card', 'aria-labelledby': `sa-p-${p.code}` },
      h('h2', { id: `sa-p-${p.code}` }, `${p.code} ${p.name}`), h('p', { class: 'muted' }, p.domain),
      p.elements.map(e => ratingForm(e, r, mine.get(e.code), open))));
    const rated = h('p', { class: 'muted', role: 'status' }, `Rated ${mine.size} of ${r.elements.size}.`);
    view.addEventListener('rating-saved', ev => {
      mine.set(ev.detail, true);
      rated.textContent = `Rated ${mine.size} of ${r.elements.size}.`;
    });
    // one element at a time, or every element on one page (the default)
    const forms = sections.flatMap(sec => [...sec.querySelectorAll('form.rating')]);
    let at = -1;
    const where = h('p', { role: 'status' });
    const prev = h('button', { type: 'button', onclick: () => show(at - 1) }, 'Previous element');
    const next = h('button', { type: 'button', onclick: () => show(at + 1) }, 'Next element');
    const stepper = h('div', { class: 'actions', hidden: true }, prev, next, where);
    const toggle = h('button', { type: 'button', 'aria-pressed': 'false', onclick: () => show(at < 0 ? 0 : -1) }, 'One element at a time');
    function show(i) {
      at = i < 0 ? -1 : Math.max(0, Math.min(forms.length - 1, i));
      toggle.setAttribute('aria-pressed', String(at >= 0));
      stepper.hidden = at < 0;
      forms.forEach((f, k) => { f.hidden = at >= 0 && k !== at; });
      sections.forEach(sec => { sec.hidden = at >= 0 && !sec.contains(forms[at]); });
      if (at >= 0) {
        prev.disabled = at === 0;
        next.disabled = at === forms.length - 1;
        where.textContent = `Element ${at + 1} of ${forms.length}`;
        (forms[at].querySelector('input[name="level"]:checked') || forms[at].querySelector('input[name="level"]')).focus();
      }
    }
    view.addEventListener('rating-saved', ev => { if (at >= 0 && forms[at] === ev.target && at < forms.length - 1) show(at + 1); });
    view.replaceChildren(h('h1', {}, title), subnav(id, `#/self-assessment/reflections/${id}`, v),
      h('p', {}, open ? 'Rate each element: only you see your ratings; the team sees how many chose each level. Each element saves on its own; you can change a rating until the lead closes the round.'
        : 'The round is closed: your ratings can no longer change.'),
      rated, h('div', { class: 'actions' }, toggle), stepper, ...sections);

    function ratingForm(e, r, saved, open) {
      let version = saved ? saved.version : null;
      const status = h('span', { class: 'saved', role: 'status' }, saved ? 'Saved' : '');
      const f = h('form', { class: 'rating', novalidate: true, id: `rate-${e.code}` },
        h('fieldset', { disabled: !open },
          h('legend', {}, `${e.code} ${e.text}`),
          h('div', { class: 'levels' }, [1, 2, 3, 4].map(n => {
            const rid = `lv-${e.code}-${n}`;
            return h('label', { for: rid }, h('input', { type: 'radio', name: 'level', id: rid, value: String(n), checked: saved && saved.level === n }),
              h('span', {}, levelLabel(r, n), h('span', { class: 'descriptor' }, e.descriptors[n - 1])));
          })),
          h('div', { class: 'notes' },
            h('div', {}, h('label', { for: `ev-${e.code}` }, 'Evidence'), h('textarea', { id: `ev-${e.code}`, name: 'evidence' }, saved && saved.evidence || '')),
            h('div', {}, h('label', { for: `no-${e.code}` }, 'Notes'), h('textarea', { id: `no-${e.code}`, name: 'notes' }, saved && saved.notes || '')),
            h('div', {}, h('button', { type: 'submit' }, `Save ${e.code}`), ' ', status))));
      f.addEventListener('submit', async ev => {
        ev.preventDefault();
        const chosen = f.querySelector('input[name="level"]:checked');
        const body = { level: chosen ? Number(chosen.value) : null, evidence: f.elements.evidence.value || null, notes: f.elements.notes.value || null };
        if (version !== null) body.version = version;
        try {
          const res = await api('PUT', `/self-assessment/reflections/${id}/my-ratings/${e.code}`, body);
          version = res.body.version;
          f.querySelectorAll('.error, .form-error').forEach(x => x.remove());
          status.textContent = `Saved ${e.code}`;
          f.dispatchEvent(new CustomEvent('rating-saved', { bubbles: true, detail: e.code }));
        } catch (err) {
          if (!(err instanceof braid.ApiError)) throw err;
          status.textContent = '';
          if (err.status === 412) braid.notify('You changed this rating in another window; reload the page to see it.', true);
          else braid.showErrors(f, err);
        }
      });
      return f;
    }
  });

  // --- the team's summary: tallies, medians, spreads, flags; never who rated what

  braid.page('#/self-assessment/reflections/:id/summary', async (view, { id }) => {
    const [v, r] = [(await api('GET', `/self-assessment/reflections/${id}`)).body, await rubric()];
    const { title } = await heading(v);
    const flagged = v.elements.filter(e => e.flagged);
    view.replaceChildren(h('h1', {}, title), subnav(id, `#/self-assessment/reflections/${id}/summary`, v),
      h('p', {}, `Team: ${v.team.map(m => m.username || 'a member').join(', ')}. Round ${v.status === 'OPEN' ? 'open' : 'closed'}; consensus on ${v.agreed} of ${v.elements.length} elements${v.complete ? ': complete' : ''}.`),
      h('p', {}, flagged.length ? `To discuss: ${flagged.length} element${flagged.length === 1 ? '' : 's'} where the ratings lie two levels or more apart (${flagged.map(e => e.code).join(', ')}).`
        : 'No element has ratings two levels or more apart.'),
      candidates(v, r), ...r.practices.map(p => resultsTable(p, v, r)));
  });

  /** The elements agreed at level 1 or 2: candidates for priority areas, which the lead can send to the needs assessment. */
  function candidates(v, r) {
    const low = v.elements.filter(e => e.consensus && e.consensus.level <= 2);
    if (!low.length) return '';
    return h('section', { class: 'card', 'aria-labelledby': 'sa-low' }, h('h2', { id: 'sa-low' }, 'Candidate priority areas'),
      h('p', {}, `Agreed at level 1 or 2: ${low.length} element${low.length === 1 ? '' : 's'}. The lead can send them to the district's needs assessment as concerns.`),
      h('ul', {}, low.map(e => h('li', {}, h('strong', {}, e.code), ` ${r.elements.get(e.code).text} (${levelLabel(r, e.consensus.level)})`))));
  }

  function resultsTable(p, v, r) {
    const rows = v.elements.filter(e => e.practice === p.code);
    return h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': `${p.code} results` }, h('table', { class: 'compact' },
      h('caption', {}, `${p.code} ${p.name}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'text' }, 'Element'), ...[1, 2, 3, 4].map(n => h('th', { scope: 'col' }, `Level ${n}`)),
        h('th', { scope: 'col' }, 'Ratings'), h('th', { scope: 'col' }, 'Median'), h('th', { scope: 'col' }, 'Spread'), h('th', { scope: 'col' }, 'Discuss'),
        h('th', { scope: 'col', class: 'text' }, 'Consensus'))),
      h('tbody', {}, rows.map(e => h('tr', {},
        h('th', { scope: 'row', class: 'text' }, h('abbr', { title: r.elements.get(e.code).text }, e.code)),
        ...e.ratings.distribution.map(n => h('td', {}, String(n))), h('td', {}, String(e.ratings.count)), h('td', {}, median(e.ratings.median)),
        h('td', {}, String(e.ratings.spread)), h('td', {}, e.flagged ? h('span', { class: 'flag' }, 'Flagged') : '–'),
        h('td', { class: 'text' }, e.consensus ? levelLabel(r, e.consensus.level) : 'none yet',
          e.consensus && e.consensus.evidence ? h('div', { class: 'muted' }, `Evidence: ${e.consensus.evidence}`) : ''))))));
  }

  // --- the lead's consensus page

  braid.page('#/self-assessment/reflections/:id/consensus', async (view, { id }) => consensusPage(view, id));

  async function consensusPage(view, id) {
    const [v, r] = [(await api('GET', `/self-assessment/reflections/${id}`)).body, await rubric()];
    const { title } = await heading(v);
    if (v.leadUserId !== braid.me.userId) {
      view.replaceChildren(h('h1', {}, title), subnav(id, '', v), h('p', {}, 'Only the lead of the self-reflection records the consensus.'));
      return;
    }
    const actions = h('div', { class: 'actions' });
    if (v.status === 'OPEN') {
      actions.append(h('button', { type: 'button', onclick: async () => {
        if (!confirm('Close the round? Members can no longer change their ratings.')) return;
        await api('POST', `/self-assessment/reflections/${id}/close`);
        braid.notify('The round is closed.');
        await consensusPage(view, id);
      } }, 'Close the round of ratings'));
    }
    const low = v.elements.filter(e => e.consensus && e.consensus.level <= 2);
    actions.append(h('button', { type: 'button', disabled: !low.length, onclick: async () => {
      try {
        const sent = await api('POST', `/self-assessment/reflections/${id}/concerns`);
        braid.notify(`${sent.body.total} concern${sent.body.total === 1 ? '' : 's'} sent to the district's needs assessment ${v.schoolYear}.`);
      } catch (e) {
        braid.notify(e.message, true);
      }
    } }, `Send ${low.length} low element${low.length === 1 ? '' : 's'} to the needs assessment`));
    const forms = v.elements.map(e => consensusForm(e, r));
    view.replaceChildren(h('h1', {}, title), subnav(id, `#/self-assessment/reflections/${id}/consensus`, v),
      h('p', {}, `Consensus on ${v.agreed} of ${v.elements.length} elements. Flagged elements have ratings two levels or more apart: discuss them first.`),
      actions, ...forms);
    function consensusForm(e, r) {
      const el = r.elements.get(e.code);
      const t = e.ratings;
      const f = braid.form([{ group: [
        { name: 'level', label: 'Consensus level', type: 'select', options: [{ value: '', label: 'Choose…' }, ...[1, 2, 3, 4].map(n => ({ value: String(n), label: levelLabel(r, n) }))] },
        { name: 'evidence', label: 'Evidence the team agreed on', type: 'textarea' },
        { name: 'notes', label: 'Notes of the discussion', type: 'textarea' }] }],
      { level: e.consensus ? String(e.consensus.level) : '', evidence: e.consensus ? e.consensus.evidence : '', notes: e.consensus ? e.consensus.notes : '' },
      `Save ${e.code}`, async body => {
        await api('PUT', `/self-assessment/reflections/${id}/consensus/${e.code}`, { level: body.level ? Number(body.level) : null, notes: body.notes,
          evidence: body.evidence });
        braid.notify(`Consensus on ${e.code} saved.`);
      });
      return h('section', { class: 'card', 'aria-labelledby': `c-${e.code}` },
        h('h2', { id: `c-${e.code}` }, `${e.code} ${el.text}`),
        h('p', {}, `Ratings: ${t.distribution.map((n, i) => `${n} at level ${i + 1}`).join(', ')}; median ${median(t.median)}, spread ${t.spread}. `,
          e.flagged ? h('span', { class: 'flag' }, 'Flagged: discuss') : ''),
        f);
    }
  }

  // --- the process self-assessment, step by step

  braid.page('#/self-assessment/process/:id', async (view, { id }) => {
    const res = await api('GET', `/self-assessment/process-assessments/${id}`);
    const p = res.body;
    const r = await rubric();
    const org = (await api('GET', `/orgs/${p.orgId}`).catch(() => ({ body: { name: '' } }))).body;
    const section = key => r.process.sections.find(s => s.id === key) || { name: key, prompts: [] };
    const prompts = key => h('details', {}, h('summary', {}, 'Questions to discuss'), h('ul', {}, section(key).prompts.map(q => h('li', {}, q))));
    const form = h('form', { novalidate: true, class: 'element-form' });
    const teamRows = rows('team', p.team, [['departmentOrProgram', 'Department or program'], ['name', 'Name'], ['contactInformation', 'Contact'], ['roleResponsibility', 'Role']]);
    const docRows = rows('documents', p.documents, [['documentOrMaterial', 'Document or material'], ['whyImportant', 'Why it is important']]);
    const supportRows = rows('supports', p.supports.map(s => ({ ...s, steps: (s.steps || []).join(', ') })),
      [['support', 'Support provided'], ['timing', 'Timing'], ['steps', 'Cycle steps (e.g. plan, implement)'], ['evidence', 'Use of evidence']]);
    const nextRows = rows('nextSteps', p.nextSteps, [['priorityArea', 'Priority area'], ['step', 'Next step']]);
    const area = (name, label, value) => { const fid = `ps-${name.replace(/\W/g, '-')}`; return h('div', {}, h('label', { for: fid }, label), h('textarea', { id: fid, name }, value || '')); };
    form.append(
      h('section', { class: 'card' }, h('h2', {}, `Step 1. ${section('team-and-roles').name}`), prompts('team-and-roles'), teamRows.el),
      h('section', { class: 'card' }, h('h2', {}, `Step 1. ${section('documents').name}`), prompts('documents'), docRows.el,
        area('context.logistics', 'Logistics: meeting schedule, place, materials', p.context && p.context.logistics)),
      h('section', { class: 'card' }, h('h2', {}, `Step 2. ${section('context').name}`), prompts('context'),
        area('context.description', 'Your improvement planning and decision-making processes', p.context && p.context.description)),
      h('section', { class: 'card' }, h('h2', {}, `Step 3. ${section('process-mapping').name}`), prompts('process-mapping'),
        ...p.process.map((s, i) => h('fieldset', {}, h('legend', {}, STEPS.find(x => x[0] === s.step)[1]),
          h('input', { type: 'hidden', name: `process[${i}].step`, value: s.step }),
          h('div', { class: 'row' }, area(`process[${i}].current`, 'What happens today', s.current), area(`process[${i}].gaps`, 'Gaps or possible changes', s.gaps))))),
      h('section', { class: 'card' }, h('h2', {}, `Step 4. ${section('supports-inventory').name}`), prompts('supports-inventory'), supportRows.el,
        area('supportGaps', 'Gaps or needed changes', p.supportGaps)),
      h('section', { class: 'card' }, h('h2', {}, `Step 5. ${section('priorities-next-steps').name}`), prompts('priorities-next-steps'), nextRows.el),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save the process self-assessment')));
    let version = p.version;
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      const val = name => (form.elements[name] ? form.elements[name].value.trim() || null : null);
      const body = {
        team: teamRows.values(), documents: docRows.values(),
        context: { logistics: val('context.logistics'), description: val('context.description') },
        process: p.process.map((s, i) => ({ step: s.step, current: val(`process[${i}].current`), gaps: val(`process[${i}].gaps`) })),
        supports: supportRows.values().map(s => ({ ...s, steps: (s.steps || '').split(/[,\s]+/).map(x => x.trim().toLowerCase()).filter(Boolean) })),
        supportGaps: val('supportGaps'), nextSteps: nextRows.values(),
      };
      try {
        const saved = await api('PUT', `/self-assessment/process-assessments/${id}`, body, { ifMatch: `"${version}"` });
        version = saved.body.version;
        form.querySelectorAll('.error, .form-error').forEach(x => x.remove());
        braid.notify('Saved.');
      } catch (e) {
        if (!(e instanceof braid.ApiError)) throw e;
        if (e.status === 412) braid.notify('Someone else changed this since you loaded it; nothing was saved and what you typed is still in the form. Reload the page to see their change.', true);
        else braid.showErrors(form, e);
      }
    });
    // a saved next step can become a priority area of the district's plan for the year, or an action under one of its
    // milestones (while planning is on)
    const milestones = await planMilestones(p);
    const handOff = h('section', { class: 'card', 'aria-labelledby': 'ps-plan' }, h('h2', { id: 'ps-plan' }, `Next steps into the ${p.schoolYear} plan`),
      p.nextSteps.length ? h('ul', {}, p.nextSteps.map((n, i) => h('li', {}, `${n.priorityArea ? `${n.priorityArea}: ` : ''}${n.step} `,
        h('button', { type: 'button', onclick: async ev => {
          try {
            const made = await api('POST', `/self-assessment/process-assessments/${id}/priority-areas`, { nextStep: i });
            braid.notify(`Priority area ${made.body.number} "${made.body.title}" added to the plan.`);
            ev.target.replaceWith(h('a', { href: `#/planning/plans/${made.body.planId}` }, `In the plan as priority area ${made.body.number}`));
          } catch (e) {
            braid.notify(e.message, true);
          }
        } }, 'Make it a priority area of the plan'),
        milestones.length ? actionForm(i) : null)))
        : h('p', { class: 'muted' }, 'Save next steps in step 5 first.'));
    view.replaceChildren(h('h1', {}, `Process self-assessment ${p.schoolYear} — ${org.name}`), h('p', { class: 'muted' }, r.process.purpose), form, handOff);

    /** A next step made an action under the chosen milestone of the plan. */
    function actionForm(i) {
      const fid = `ps-milestone-${i}`;
      const f = h('form', { class: 'row', novalidate: true },
        h('div', {}, h('label', { for: fid }, `Milestone for next step ${i + 1}`),
          h('select', { id: fid, name: 'milestoneId' }, milestones.map(m => h('option', { value: m.id }, `${m.number} ${m.description}`)))),
        h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Make it an action of this milestone')));
      f.addEventListener('submit', async ev => {
        ev.preventDefault();
        try {
          const made = await api('POST', `/self-assessment/process-assessments/${id}/actions`, { nextStep: i, milestoneId: f.elements.milestoneId.value });
          braid.notify(`Action ${made.body.number} added to the plan.`);
          f.replaceWith(h('a', { href: `#/planning/plans/${made.body.planId}` }, `In the plan as action ${made.body.number}`));
        } catch (e) {
          if (!(e instanceof braid.ApiError)) throw e;
          braid.showErrors(f, e);
        }
      });
      return f;
    }

    /** An editable table of rows whose inputs are named as the API's fields, e.g. team[0].name. */
    function rows(list, items, columns) {
      const body = h('tbody', {});
      let n = 0;
      const add = item => {
        const i = n++;
        const tr = h('tr', {}, columns.map(([key, label]) => h('td', {}, h('input', { name: `${list}[${i}].${key}`, 'aria-label': `${label}, row ${i + 1}`, value: (item || {})[key] || '' }))),
          h('td', {}, h('button', { type: 'button', class: 'danger', 'aria-label': `Remove row ${i + 1}`, onclick: () => tr.remove() }, 'Remove')));
        body.append(tr);
      };
      (items || []).forEach(add);
      const el = h('div', {}, h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': list }, h('table', { class: 'rows' },
        h('thead', {}, h('tr', {}, columns.map(([, label]) => h('th', { scope: 'col' }, label)), h('th', { scope: 'col' }, 'Remove'))), body)),
        h('button', { type: 'button', onclick: () => add({}) }, 'Add a row'));
      return { el, values: () => [...body.children].map(tr => Object.fromEntries(columns.map(([key], c) => [key, tr.querySelectorAll('input')[c].value.trim() || null])))
        .filter(o => Object.values(o).some(x => x)) };
    }
  });

  /** The milestones of the district's plan for the year, in Tool A order; none while planning is off or there is no plan. */
  async function planMilestones(p) {
    try {
      const plans = (await api('GET', `/planning/plans?orgId=${p.orgId}`)).body.items || [];
      const plan = plans.find(x => x.schoolYear === p.schoolYear);
      if (!plan) return [];
      const tree = (await api('GET', `/planning/plans/${plan.id}`)).body;
      return (tree.priorityAreas || []).flatMap(a => (a.strategies || []).flatMap(st => st.milestones || []));
    } catch (e) {
      return [];
    }
  }

  // --- the state's view: a chart per practice with its table, and the districts that rate an element lowest

  braid.page('#/self-assessment/state', async view => {
    const r = await rubric();
    const own = await braid.ownOrg();
    const select = braid.orgPicker({ label: 'State or district', name: 'orgId', value: own && own.type !== 'SCHOOL' ? own : null, onChoose: org => org && draw(),
      hint: 'A state, or one of its districts' });
    const year = h('input', { id: 'sa-year', value: '', placeholder: 'every year' });
    const out = h('div', {});
    const draw = async () => {
      if (!select.value) { out.replaceChildren(h('p', { class: 'muted' }, 'Find a state or a district.')); return; }
      const y = year.value.trim();
      let roll;
      try {
        roll = (await api('GET', `/self-assessment/rollup?orgId=${select.value}${y ? `&schoolYear=${encodeURIComponent(y)}` : ''}`)).body;
      } catch (e) {
        out.replaceChildren(h('p', { class: 'error', role: 'alert' }, e.body && e.body.details && e.body.details[0] ? `${e.body.details[0].field}: ${e.body.details[0].message}` : e.message));
        return;
      }
      out.replaceChildren(
        h('p', {}, `${roll.reflections.length} self-reflection${roll.reflections.length === 1 ? '' : 's'} counted: the consensus of each, per element.`),
        h('ul', { class: 'legend', 'aria-hidden': 'true' }, [1, 2, 3, 4].map(n => h('li', {}, h('span', { class: `swatch lv${n}` }), levelLabel(r, n))),
          h('li', {}, h('span', { class: 'swatch lv0' }), 'No consensus')),
        ...roll.practices.map(p => practice(p, roll, r)),
        h('h2', {}, 'Self-reflections counted'),
        h('ul', {}, roll.reflections.map(c => h('li', {}, h('a', { href: `#/self-assessment/reflections/${c.reflectionId}/summary` }, `${c.name} ${c.schoolYear}`),
          `: consensus on ${c.agreed} elements${c.complete ? ' (complete)' : ''}`))));
    };
    year.addEventListener('change', draw);
    view.replaceChildren(h('h1', {}, 'Where the districts stand'),
      h('p', {}, 'From each district\'s self-reflection (Tool C), only the level its team agreed on counts; no single rating enters these numbers.'),
      h('div', { class: 'row' }, h('div', {}, select),
        h('div', {}, h('label', { for: 'sa-year' }, 'School year (empty: every year)'), year)), out);
    await draw();
  });

  function practice(p, roll, r) {
    const rows = roll.elements.filter(e => e.practice === p.code);
    const total = rows.length ? rows[0].levels.reduce((a, b) => a + b, 0) + rows[0].none : 0;
    const desc = rows.map(e => `${e.code}: ${e.levels.map((n, i) => `${n} at level ${i + 1}`).join(', ')}, ${e.none} without consensus`).join('; ');
    return h('section', { class: 'card', 'aria-labelledby': `st-${p.code}` },
      h('h2', { id: `st-${p.code}` }, `${p.code} ${p.name}`),
      stackedBars(h, `${p.code} ${p.name}: consensus levels per element`, desc, rows, total),
      h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': `${p.code} table` }, h('table', { class: 'compact' },
        h('caption', {}, `${p.code}: self-reflections per consensus level`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'text' }, 'Element'), ...[1, 2, 3, 4].map(n => h('th', { scope: 'col' }, `Level ${n}`)),
          h('th', { scope: 'col' }, 'None'), h('th', { scope: 'col', class: 'text' }, 'Lowest'))),
        h('tbody', {}, rows.map(e => h('tr', {}, h('th', { scope: 'row', class: 'text' }, h('abbr', { title: r.elements.get(e.code).text }, e.code)),
          ...e.levels.map(n => h('td', {}, String(n))), h('td', {}, String(e.none)),
          h('td', { class: 'text' }, e.lowest.length ? e.lowest.map((l, i) => [i ? ', ' : '', h('a', { href: `#/self-assessment/reflections/${l.reflectionId}/summary` },
            `${l.name} ${l.schoolYear} (${l.level})`)]) : '–')))))));
  }
}

/** One horizontal bar per element, split by how many self-reflections agreed on each level (and none). */
function stackedBars(h, title, desc, rows, total) {
  const id = `sa-chart${++chartSeq}`;
  const left = 48, width = 520, bh = 22, gap = 6, top = 8;
  const scale = total ? (width - left - 10) / total : 0;
  const svg = s('svg', { viewBox: `0 0 ${width} ${top + rows.length * (bh + gap) + 8}`, role: 'img', class: 'chart', 'aria-labelledby': `${id}-t ${id}-d`, focusable: 'false' },
    s('title', { id: `${id}-t` }, title), s('desc', { id: `${id}-d` }, desc));
  rows.forEach((e, i) => {
    const y = top + i * (bh + gap);
    svg.append(s('text', { x: left - 6, y: y + bh / 2 + 4, 'text-anchor': 'end', class: 'axis' }, e.code));
    let x = left;
    [...e.levels, e.none].forEach((n, k) => {
      if (!n) return;
      const w = n * scale;
      svg.append(s('rect', { x, y, width: Math.max(1, w - 1), height: bh, fill: k < 4 ? LEVEL_COLORS[k] : NONE_COLOR }));
      if (w > 14) svg.append(s('text', { x: x + w / 2, y: y + bh / 2 + 4, 'text-anchor': 'middle', class: 'value', fill: k === 0 || k === 3 ? '#fff' : '#1b1f24' }, String(n)));
      x += w;
    });
  });
  return h('figure', { class: 'chart-figure' }, svg);
}

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}
