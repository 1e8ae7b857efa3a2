// Pieces the planning pages share: forms with groups of checkboxes, saving that reloads on a stale edit, a delete
// that asks on the page (keyboard users stay in the page, no browser dialog), money, and wide tables that scroll alone.
export function parts(braid) {
  const { h, api } = braid;
  let seq = 0;
  let practices;

  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

  /** Loads the page's stylesheet once. */
  function style() {
    if (!document.querySelector('link[data-module="planning"]')) {
      document.head.append(h('link', { rel: 'stylesheet', href: '/ui/planning/planning.css', 'data-module': 'planning' }));
    }
  }

  /**
   * The practices of the coding framework the plan's organization codes to (its district's where the state allows, else
   * the network's), as the server says; none when no framework is installed.
   */
  const byFramework = new Map();
  async function framework(planId) {
    const chosen = planId ? (await api('GET', `/planning/plans/${planId}/codes`)).body.framework
      : (await api('GET', '/frameworks')).body.items.find(f => f.active);
    const key = chosen ? chosen.id : '';
    if (!byFramework.has(key)) {
      const fw = chosen ? (await api('GET', `/frameworks/${encodeURIComponent(chosen.id)}`)).body : { domains: [] };
      byFramework.set(key, fw.domains.flatMap(d => d.practices.map(p => ({ ...p, domain: d.name }))));
    }
    practices = byFramework.get(key);
    return practices;
  }

  /** The goals a strategy of this plan may serve: its organization's and those of each organization above it. */
  async function goalsFor(plan) {
    const goals = (await api('GET', `/planning/plans/${plan.id}/goals`)).body.items;
    return goals.map(g => ({ value: g.id, label: `${g.statement} (${g.orgName})` }));
  }

  /** A wide table scrolls on its own on a phone instead of the page; the region takes the keyboard. */
  function scroller(label, table) {
    return h('div', { class: 'scroll', role: 'region', 'aria-label': label, tabindex: '0' }, table);
  }

  /** A group of checkboxes named like the API's list field; values chosen but not offered stay as options. */
  function checkboxes({ name, label, options }, chosen = []) {
    const known = new Set(options.map(o => o.value));
    const all = [...options, ...chosen.filter(v => !known.has(v)).map(v => ({ value: v, label: v }))];
    return h('fieldset', { class: 'picks' }, h('legend', {}, label),
      all.length ? all.map(o => {
        const id = `pick${++seq}`;
        return h('div', { class: 'check' }, h('input', { id, type: 'checkbox', name, value: o.value, checked: chosen.includes(o.value) }),
          h('label', { for: id }, o.label));
      }) : h('p', { class: 'muted' }, 'None to choose from.'));
  }

  /**
   * braid.form with groups of checkboxes (picks: [{ name, label, options }]) before its button; their values join the body.
   */
  function form(fields, values, label, onSubmit, picks = []) {
    const f = braid.form(fields, values, label, async body => {
      for (const p of picks) body[p.name] = [...f.querySelectorAll(`input[name="${p.name}"]:checked`)].map(x => x.value);
      await onSubmit(body);
    });
    const at = f.querySelector(':scope > .actions');
    for (const p of picks) f.insertBefore(checkboxes(p, values[p.name] || []), at);
    return f;
  }

  /** Runs a change; when someone else saved first (412), says so and reloads the page with their change. */
  async function saving(redraw, change) {
    try {
      await change();
    } catch (e) {
      if (e.status !== 412) throw e;
      await redraw();
      braid.notify('Someone else changed this since you loaded it, so nothing was saved. The page now shows their change; make yours again.', true);
    }
  }

  /** A form in a disclosure, e.g. "Add a measure to 1.1". */
  function adding(label, fields, values, create, redraw, picks) {
    return h('details', { class: 'add' }, h('summary', {}, label),
      form(fields, values, label, async body => { await create(body); await redraw(); }, picks));
  }

  /** A delete button that asks on the page, then deletes with If-Match; the keyboard goes on at focusAfter (an id). */
  function deleteButton(what, path, version, redraw, question = `Delete ${what}?`, focusAfter) {
    const box = h('span', { class: 'confirm' });
    const ask = h('button', { type: 'button', class: 'danger', 'aria-label': `Delete ${what}` }, 'Delete');
    ask.addEventListener('click', () => {
      const yes = h('button', { type: 'button', class: 'danger' }, `Yes, delete ${what}`);
      const no = h('button', { type: 'button', class: 'secondary' }, 'Keep it');
      yes.addEventListener('click', () => saving(redraw, async () => {
        try {
          await api('DELETE', path, undefined, { ifMatch: `"${version}"` });
        } catch (e) {
          if (e.status === 412) throw e;
          braid.notify(e.message, true);
          return;
        }
        braid.notify(`Deleted ${what}.`);
        await redraw(focusAfter);
      }));
      no.addEventListener('click', () => { box.replaceChildren(ask); ask.focus(); });
      box.replaceChildren(h('span', { role: 'alert' }, question), ' ', yes, ' ', no);
      yes.focus();
    });
    box.append(ask);
    return box;
  }

  /** The plan's title line and the links between its pages. */
  function planHeading(plan, org, title) {
    return [h('h1', {}, `${title} — Plan ${plan.schoolYear}, ${org.name}`),
      h('p', {}, h('a', { href: `#/planning/plans/${plan.id}` }, 'Back to the plan'))];
  }

  /** A plan with its organization's name. */
  async function planAndOrg(id) {
    const plan = (await api('GET', `/planning/plans/${id}`)).body;
    const org = (await api('GET', `/orgs/${plan.orgId}`).catch(() => ({ body: { name: '' } }))).body;
    return { plan, org };
  }

  return { h, api, money, style, framework, goalsFor, scroller, checkboxes, form, saving, adding, deleteButton, planHeading, planAndOrg,
    get practices() { return practices; } };
}
