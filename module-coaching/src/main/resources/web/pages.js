// Coaching pages: Tool B's coaching questions beside each of the six steps of the cycle (one page per step, with a
// link to where the step's work is done); a coach's organizations with the practices where their work lags (from
// monitoring, when it is on), their open comments and a link to the monitoring dashboard; and an organization's comments, where the team answers and either resolves.
const STEP_PAGES = {
  // a coach's own organization is not theirs to see: the first one assigned is
  1: me => {
    const org = me && (me.roles.every(r => r === 'coach') && me.assigned.length ? me.assigned[0] : me.orgId);
    return org ? [`#/orgs/${org}/direction`, 'Direction'] : null;
  },
  2: () => ['#/needs-assessment', 'Needs assessment'],
  3: () => ['#/planning', 'Plans'],
  4: () => ['#/monitoring', 'Reporting'],
  5: () => ['#/monitoring/dashboard', 'Dashboard'],
  6: () => ['#/monitoring', 'Reporting and adjustments'],
};

export function register(braid) {
  const { h, api } = braid;
  let questionsCache;

  async function questions() {
    if (!questionsCache) questionsCache = (await api('GET', '/coaching/questions')).body;
    return questionsCache;
  }

  function cite(src) {
    return h('p', { class: 'muted' }, 'Source: ', `${src.authors.join(' and ')} (${src.year}). `, h('cite', {}, src.title), `. ${src.publisher}. ${src.section}.`);
  }

  function stepNav(doc, here) {
    return h('nav', { class: 'subnav', 'aria-label': 'Steps of the cycle' }, h('ol', {}, doc.steps.map(s =>
      h('li', {}, h('a', { href: `#/coaching/steps/${s.step}`, 'aria-current': s.step === here ? 'page' : undefined }, s.name)))));
  }

  // --- Tool B's questions, step by step

  braid.page('#/coaching/steps', async view => {
    const doc = await questions();
    view.replaceChildren(h('h1', {}, 'Coaching questions for each step'),
      h('p', {}, 'A coach asks probing questions at every step of the improvement cycle. Choose a step to see its questions.'),
      h('ol', {}, doc.steps.map(s => h('li', {}, h('a', { href: `#/coaching/steps/${s.step}` }, s.name),
        ` (${s.groups.reduce((n, g) => n + g.questions.length, 0)} questions)`))),
      cite(doc.source));
  });

  braid.page('#/coaching/steps/:step', async (view, { step }) => {
    const doc = await questions();
    const s = doc.steps.find(x => String(x.step) === step);
    if (!s) { view.replaceChildren(h('h1', {}, 'No such step'), h('p', {}, 'The cycle has six steps.'), stepNav(doc, null)); return; }
    const work = STEP_PAGES[s.step](braid.me);
    view.replaceChildren(h('h1', {}, `Step ${s.step}: ${s.name}`), stepNav(doc, s.step),
      work ? h('p', {}, 'Where the work of this step is done: ', h('a', { href: work[0] }, work[1]), '.') : '',
      s.note ? h('p', { class: 'muted' }, s.note) : '',
      ...s.groups.map((g, i) => h('section', { class: 'card', 'aria-labelledby': `cq-${i}` },
        h('h2', { id: `cq-${i}` }, g.heading || 'Coaching techniques and questions'),
        h('ul', {}, g.questions.map(q => h('li', {}, q.text))))),
      h('p', { class: 'muted' }, `Tool B section: ${s.toolB}.`), cite(doc.source));
  });

  // --- beside the pages where each step's work is done: its questions, and the open comments on the organization

  /** @return the organization a page is about: named in its address, the plan's, or else the user's own */
  async function orgOf(params) {
    if (params.orgId || params.id) return params.orgId || params.id;
    if (!params.plan) return braid.me && braid.me.orgId;
    try {
      return (await api('GET', `/planning/plans/${params.plan}`)).body.orgId;
    } catch (e) {
      if (!(e instanceof braid.ApiError)) throw e;
      return null; // planning is off: the questions are still shown
    }
  }

  function beside(steps) {
    return async (aside, params) => {
      const doc = await questions();
      const shown = doc.steps.filter(s => steps.includes(s.step));
      const orgId = await orgOf(params);
      let open = null;
      if (orgId) {
        try {
          open = (await api('GET', `/coaching/comments?orgId=${encodeURIComponent(orgId)}&resolved=false`)).body;
        } catch (e) {
          if (!(e instanceof braid.ApiError)) throw e; // not theirs to comment on: no count
        }
      }
      aside.setAttribute('aria-labelledby', 'beside-coaching');
      aside.replaceChildren(h('h2', { id: 'beside-coaching' }, 'Coaching'),
        open ? h('p', {}, h('a', { href: `#/coaching/orgs/${orgId}` }, `Open comments: ${open.total ?? open.items.length}`)) : '',
        ...shown.map(s => h('details', { class: 'coaching' }, h('summary', {}, `Coaching questions for step ${s.step}, ${s.name} (Tool B)`),
          ...s.groups.map(g => h('div', {}, g.heading ? h('h3', {}, g.heading) : '', h('ul', {}, g.questions.map(q => h('li', {}, q.text))))),
          h('p', {}, h('a', { href: `#/coaching/steps/${s.step}` }, `All of step ${s.step}, with the source`)))));
    };
  }

  // steps 2 and 3 show their questions on their own pages (needs assessment, planning)
  braid.aside('#/orgs/:id/direction', beside([1]));
  braid.aside('#/monitoring', beside([4]));
  braid.aside('#/monitoring/plans/:plan/report', beside([4]));
  braid.aside('#/monitoring/plans/:plan/report/:period', beside([4]));
  braid.aside('#/monitoring/dashboard', beside([5]));
  braid.aside('#/monitoring/dashboard/:orgId', beside([5]));
  braid.aside('#/monitoring/dashboard/:orgId/:year', beside([5]));
  braid.aside('#/monitoring/plans/:plan/progress', beside([5, 6]));
  braid.aside('#/monitoring/plans/:plan/reviews', beside([5, 6]));

  // --- the coach's organizations

  // the practices where an organization's work lags, as monitoring matches them with supports (the three most behind);
  // monitoring may be off, and the page then says so instead of the figures
  const lagging = async orgId => {
    let items;
    try {
      items = (await api('GET', `/monitoring/supports/matches?orgId=${encodeURIComponent(orgId)}`)).body.items;
    } catch (e) {
      return h('span', { class: 'muted' }, e.status === 404 ? 'Monitoring is off' : 'Not available');
    }
    if (!items.length) return h('span', {}, 'No practice behind');
    return h('ul', { class: 'plain' }, items.slice(0, 3).map(i =>
      h('li', {}, `${i.practice} ${i.name || ''}: ${Math.round(i.lag * 100)} % of ${i.actions} actions behind`)));
  };

  braid.page('#/coaching', async view => {
    const load = (await api('GET', '/coaching/caseload')).body.items;
    const rows = await Promise.all(load.map(async o => h('tr', {},
      h('th', { scope: 'row', class: 'text' }, o.name, ' ', h('span', { class: 'badge' }, o.type)),
      h('td', { class: 'text' }, await lagging(o.orgId)),
      h('td', {}, String(o.openComments)),
      h('td', { class: 'text' }, h('a', { href: `#/coaching/orgs/${o.orgId}` }, `Comments on ${o.name}`), ' · ',
        h('a', { href: o.dashboard }, `Lagging work of ${o.name}`)))));
    view.replaceChildren(h('h1', {}, 'Coaching'),
      h('p', {}, 'The organizations you coach, the practices where their work lags (actions off track, overdue or not reported), ',
        'their open comments, and the monitoring dashboard. ', h('a', { href: '#/coaching/steps' }, 'Coaching questions for each step'), '.'),
      // on a phone the table scrolls within its own region, keyboard-reachable, instead of the page
      load.length ? h('div', { class: 'scroll', role: 'region', 'aria-label': 'Organizations you coach', tabindex: '0' },
        h('table', {}, h('caption', {}, 'Organizations you coach'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'text' }, 'Organization'), h('th', { scope: 'col', class: 'text' }, 'Lagging practices'),
            h('th', { scope: 'col' }, 'Open comments'), h('th', { scope: 'col', class: 'text' }, 'See'))),
          h('tbody', {}, rows)))
        : h('p', { class: 'muted' }, 'No organization is assigned to you.'));
  });

  // --- an organization's comments

  braid.page('#/coaching/orgs/:id', async (view, { id }) => {
    const org = (await api('GET', `/orgs/${id}`)).body;
    const list = h('div', {});
    const show = h('select', { id: 'co-show' }, [['false', 'Open'], ['true', 'Resolved'], ['', 'All']].map(([v, l]) => h('option', { value: v }, l)));
    const draw = async () => {
      const q = show.value ? `&resolved=${show.value}` : '';
      const items = (await api('GET', `/coaching/comments?orgId=${id}${q}`)).body.items;
      list.replaceChildren(items.length ? h('ul', { class: 'plain' }, items.map(c => h('li', {}, comment(c, draw))))
        : h('p', { class: 'muted' }, 'No comment to show.'));
    };
    show.addEventListener('change', draw);
    const add = braid.form([
      { name: 'recordId', label: 'On', type: 'select', options: await recordsOf(id, org) },
      { name: 'text', label: 'Comment', type: 'textarea' }], { recordId: id }, 'Comment', async body => {
      // the module that holds the record says its kind and organization
      await api('POST', '/coaching/comments', { recordId: body.recordId, text: body.text });
      braid.notify('Comment saved');
      await draw();
    });
    view.replaceChildren(h('h1', {}, `Comments on ${org.name}`),
      h('p', {}, h('a', { href: `#/monitoring/dashboard/${id}` }, `Lagging work of ${org.name}`), ' · ', h('a', { href: '#/coaching' }, 'Coaching'),
        ' · ', h('a', { href: '#/coaching/steps' }, 'Coaching questions')),
      h('div', {}, h('label', { for: 'co-show' }, 'Show '), show), list,
      h('section', { class: 'card', 'aria-labelledby': 'co-new' }, h('h2', { id: 'co-new' }, 'New comment'),
        add));
    await draw();
  });

  /** What can be commented on in an organization: its direction, goals and goal measures, and its plans' elements. */
  async function recordsOf(id, org) {
    const out = [{ value: id, label: `Direction of ${org.name}` }];
    const clip = t => (t && t.length > 80 ? `${t.slice(0, 79)}…` : t || '');
    try {
      const d = (await api('GET', `/orgs/${id}/direction`)).body;
      (d.goals || []).forEach((g, i) => {
        out.push({ value: g.id, label: `Goal ${i + 1}: ${clip(g.statement)}` });
        (g.measures || []).forEach(m => out.push({ value: m.id, label: `Goal ${i + 1} measure: ${clip(m.indicator)}` }));
      });
    } catch (e) {
      if (!(e instanceof braid.ApiError)) throw e;
    }
    try {
      for (const p of (await api('GET', `/planning/plans?orgId=${id}`)).body.items || []) {
        const t = (await api('GET', `/planning/plans/${p.id}`)).body;
        for (const a of t.priorityAreas || []) {
          out.push({ value: a.id, label: `Plan ${p.schoolYear}, priority ${a.number || ''}: ${clip(a.title)}` });
          for (const s of a.strategies || []) {
            out.push({ value: s.id, label: `Strategy ${s.number || ''}: ${clip(s.if)}` });
            for (const m of s.milestones || []) {
              out.push({ value: m.id, label: `Milestone ${m.number || ''}: ${clip(m.description)}` });
              for (const x of m.actions || []) out.push({ value: x.id, label: `Action ${x.number || ''}: ${clip(x.description)}` });
            }
          }
        }
      }
    } catch (e) {
      if (!(e instanceof braid.ApiError)) throw e; // planning is off: the direction can still be commented on
    }
    return out;
  }

  function comment(c, redraw) {
    const when = t => (t ? new Date(t).toLocaleDateString() : '');
    const card = h('article', { class: 'card' },
      h('p', {}, h('span', { class: 'badge' }, c.resolved ? 'Resolved' : 'Open'), ' ', h('strong', {}, c.recordKind), ` ${c.recordId}`),
      h('p', {}, c.text), h('p', { class: 'muted' }, `${c.author}, ${when(c.createdAt)}`),
      c.answer ? h('blockquote', {}, h('p', {}, c.answer), h('p', { class: 'muted' }, `Answered by ${c.answeredBy}, ${when(c.answeredAt)}`)) : '');
    // the team answers (the API says who exactly); a coach or a viewer gets no answer form
    const answers = braid.me && braid.me.roles.some(r => r !== 'coach' && r !== 'viewer');
    if (!c.resolved && answers) {
      card.append(braid.form([{ name: 'answer', label: c.answer ? 'Change the answer' : 'Answer (the team)', type: 'textarea' }], {}, 'Answer', async body => {
        await api('PUT', `/coaching/comments/${c.id}`, { answer: body.answer }, { ifMatch: `"${c.version}"` });
        braid.notify('Answer saved');
        await redraw();
      }));
    }
    card.append(h('div', { class: 'actions' }, h('button', { type: 'button', onclick: async () => {
      try {
        await api('PUT', `/coaching/comments/${c.id}/resolution`, { resolved: !c.resolved }, { ifMatch: `"${c.version}"` });
        braid.notify(c.resolved ? 'Comment reopened' : 'Comment resolved');
      } catch (e) {
        braid.notify(e.status === 412 ? 'Someone changed this comment; it is shown as it is now.' : e.message, true);
      }
      await redraw();
    } }, c.resolved ? 'Reopen' : 'Resolve')));
    return card;
  }
}
