// The administrator's users page and the audit trail (also read by state staff). Both lists are
// searched and paged on the server; organizations are chosen with braid.orgPicker, never a
// drop-down of every organization.

const ROLES = [['school-leader', 'School leader'], ['lea-leader', 'District (LEA) leader'], ['sea-staff', 'State (SEA) staff'],
  ['coach', 'Coach'], ['viewer', 'Viewer'], ['admin', 'Administrator']];
const PAGE = 50;

export function register(braid) {
  const { h, api } = braid;

  /** Organization names by id, read once per page view: lists show names, the API gives ids (at most 50 new ones a time). */
  function orgNames() {
    const known = new Map();
    return async ids => {
      const missing = [...new Set(ids.filter(id => id && !known.has(id)))].slice(0, 50);
      await Promise.all(missing.map(id => api('GET', `/orgs/${id}`).then(r => known.set(id, r.body)).catch(() => known.set(id, null))));
      return id => (id ? known.get(id) : null);
    };
  }

  braid.page('#/admin/users', async view => {
    const names = orgNames();
    const state = { q: '', orgId: null, offset: 0 };
    const results = h('div', { id: 'user-results' });
    const editor = h('div', { id: 'user-editor' });

    const filterOrg = braid.orgPicker({ label: 'Organization', name: 'orgId' });
    const search = h('form', { role: 'search', class: 'card', 'aria-label': 'Find users' },
      h('div', { class: 'row' },
        h('div', {}, h('label', { for: 'user-q' }, 'Find a user by username or name'), h('input', { id: 'user-q', name: 'q', type: 'search' })),
        filterOrg),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Search')));
    search.addEventListener('submit', async ev => {
      ev.preventDefault();
      Object.assign(state, { q: search.q.value.trim(), orgId: filterOrg.value, offset: 0 });
      try {
        await drawList();
        results.querySelector('h2').focus();
      } catch (e) {
        braid.showErrors(search, e);
      }
    });

    async function drawList(focusSelector) {
      const params = new URLSearchParams({ limit: PAGE, offset: state.offset });
      if (state.q) params.set('q', state.q);
      if (state.orgId) params.set('orgId', state.orgId);
      const page = (await api('GET', `/users?${params}`)).body;
      const org = await names(page.items.map(u => u.orgId));
      const first = page.items.length ? state.offset + 1 : 0;
      const pager = h('nav', { class: 'pager', 'aria-label': 'Pages of users' },
        h('span', {}, page.total ? `Users ${first}–${state.offset + page.items.length} of ${page.total}` : ''),
        state.offset > 0 ? h('button', { type: 'button', class: 'secondary', onclick: () => turn(-PAGE) }, 'Previous page') : '',
        state.offset + page.items.length < page.total ? h('button', { type: 'button', class: 'secondary', onclick: () => turn(PAGE) }, 'Next page') : '');
      results.replaceChildren(
        h('h2', { tabindex: '-1' }, page.total === 1 ? '1 user found' : `${page.total} users found`),
        page.items.length ? h('div', { class: 'scroll', role: 'region', 'aria-label': 'List of users', tabindex: '0' }, h('table', {}, h('thead', {}, h('tr', {}, ['Username', 'Name', 'Organization', 'Roles', 'Status', 'Actions']
          .map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, page.items.map(u => h('tr', {}, h('td', {}, u.username), h('td', {}, u.displayName || '—'),
          h('td', {}, org(u.orgId)?.name || '—'), h('td', {}, u.roles.map(roleLabel).join(', ')),
          h('td', { 'data-user': u.username }, u.disabled ? 'disabled' : 'active'),
          h('td', {}, h('div', { class: 'actions' },
            h('button', { type: 'button', class: 'secondary', 'data-edit': u.username, onclick: () => edit(u.id) }, `Edit ${u.username}`),
            u.id === braid.me.userId ? '' : h('button', { type: 'button', class: u.disabled ? '' : 'danger', 'data-toggle': u.username,
              onclick: () => toggle(u) }, u.disabled ? `Enable ${u.username}` : `Disable ${u.username}`)),
          u.id === braid.me.userId ? '' : reset(u))))))) : h('p', { class: 'muted' }, 'No user matches.'),
        pager);
      if (focusSelector) results.querySelector(focusSelector)?.focus();
    }

    async function turn(by) {
      state.offset = Math.max(0, state.offset + by);
      await drawList();
      results.querySelector('h2').focus();
    }

    // disabling ends the user's sessions; a new password too
    async function toggle(u) {
      try {
        await api('PUT', `/users/${u.id}`, { ...u, disabled: !u.disabled });
        braid.notify(`${u.username} ${u.disabled ? 'enabled' : 'disabled'}.`);
        await drawList(`button[data-toggle="${CSS.escape(u.username)}"]`);
      } catch (e) { braid.notify(e.message, true); }
    }

    // after the change the keyboard goes on where it was, at the user's disclosure
    const reset = u => h('details', {}, h('summary', { 'data-reset': u.username }, `New password for ${u.username}`),
      braid.form([{ name: 'password', label: `New password for ${u.username}`, type: 'password' }], {}, 'Set password', async body => {
        await api('PUT', `/users/${u.id}/password`, body);
        braid.notify(`Password of ${u.username} changed; their sessions ended.`);
        await drawList(`summary[data-reset="${CSS.escape(u.username)}"]`);
      }));

    /** The edit form of one user: roles, organization and a coach's assigned organizations, saved with If-Match. */
    async function edit(id, warning) {
      const current = await api('GET', `/users/${id}`);
      const u = current.body;
      const org = await names([u.orgId, ...(u.assigned || [])]);
      const assigned = new Map((u.assigned || []).map(a => [a, org(a)?.name || a]));
      const chips = h('ul', { class: 'chips', 'aria-label': 'Assigned organizations' });
      const drawChips = () => chips.replaceChildren(...(assigned.size ? [...assigned].map(([aid, name]) => h('li', {}, name,
        h('button', { type: 'button', class: 'secondary', 'aria-label': `Remove ${name}`, onclick: () => {
          assigned.delete(aid);
          drawChips();
          addAssigned.input.focus();
        } }, 'Remove'))) : [h('li', { class: 'muted' }, 'None yet')]));
      const addAssigned = braid.orgPicker({ label: 'Add an assigned organization', name: 'assigned', clearOnChoose: true,
        hint: 'Type part of a name, then choose with the arrow keys and Enter.',
        onChoose: o => { if (o) { assigned.set(o.id, o.name); drawChips(); } } });
      drawChips();
      const home = braid.orgPicker({ label: 'Organization', name: 'orgId', value: u.orgId ? { id: u.orgId, name: org(u.orgId)?.name || u.orgId } : null,
        hint: 'Where the user\'s roles are held; administrators may have none.' });
      const coachPart = h('fieldset', { class: 'card', hidden: !u.roles.includes('coach') }, h('legend', {}, 'A coach\'s assigned organizations'),
        chips, addAssigned);
      const roles = h('fieldset', { class: 'roles' }, h('legend', {}, 'Roles'), ROLES.map(([value, label]) => {
        const rid = `role-${value}`;
        return h('div', { class: 'check' }, h('input', { id: rid, type: 'checkbox', name: 'roles', value, checked: u.roles.includes(value),
          onchange: () => { coachPart.hidden = !roles.querySelector('#role-coach').checked; } }), h('label', { for: rid }, label));
      }));
      const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'edit-title' },
        h('h2', { id: 'edit-title', tabindex: '-1' }, `Edit ${u.username}`),
        warning ? h('div', { class: 'stale', role: 'alert' }, h('p', {}, warning)) : '',
        h('label', { for: 'edit-name' }, 'Name'), h('input', { id: 'edit-name', name: 'displayName', value: u.displayName || '' }),
        roles, home, coachPart,
        h('div', { class: 'actions' }, h('button', { type: 'submit' }, `Save ${u.username}`),
          h('button', { type: 'button', class: 'secondary', onclick: () => { editor.replaceChildren(); results.querySelector(`button[data-edit="${CSS.escape(u.username)}"]`)?.focus(); } },
            'Cancel')));
      form.addEventListener('submit', async ev => {
        ev.preventDefault();
        const chosenRoles = [...roles.querySelectorAll('input:checked')].map(c => c.value);
        const body = { ...u, displayName: form.displayName.value.trim() || null, roles: chosenRoles, orgId: home.value,
          assigned: chosenRoles.includes('coach') ? [...assigned.keys()] : [] };
        try {
          await api('PUT', `/users/${id}`, body, { ifMatch: current.etag });
          braid.notify(`${u.username} saved.`);
          editor.replaceChildren();
          await drawList(`button[data-edit="${CSS.escape(u.username)}"]`);
        } catch (e) {
          if (e.status === 412) {
            await edit(id, 'Someone changed this user since you opened it, so nothing was saved. Their version is loaded below; make your change again.');
            return;
          }
          braid.showErrors(form, e);
        }
      });
      editor.replaceChildren(form);
      form.querySelector('h2').focus();
    }

    const create = newUserForm(async () => { await drawList(); });
    view.replaceChildren(h('h1', {}, 'Users'), search, results, editor, create);
    await drawList();
  });

  /** The new-user form, its organization chosen with the picker. */
  function newUserForm(created) {
    const org = braid.orgPicker({ label: 'Organization', name: 'orgId' });
    const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'new-user-title' }, h('h2', { id: 'new-user-title' }, 'New user'),
      h('div', { class: 'row' },
        h('div', {}, h('label', { for: 'nu-username' }, 'Username'), h('input', { id: 'nu-username', name: 'username', autocomplete: 'off' })),
        h('div', {}, h('label', { for: 'nu-name' }, 'Name'), h('input', { id: 'nu-name', name: 'displayName' })),
        h('div', {}, h('label', { for: 'nu-password' }, 'Password (10 or more characters)'),
          h('input', { id: 'nu-password', name: 'password', type: 'password', autocomplete: 'new-password' })),
        org,
        h('div', {}, h('label', { for: 'nu-role' }, 'Role'), h('select', { id: 'nu-role', name: 'roles' },
          ROLES.map(([value, label]) => h('option', { value }, label))))),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Create user')));
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      try {
        await api('POST', '/users', { username: form.username.value, displayName: form.displayName.value || null,
          password: form.password.value, orgId: org.value, roles: [form.roles.value], assigned: [] });
        braid.notify(`User ${form.username.value} created.`);
        form.reset();
        org.input.value = '';
        await created();
      } catch (e) {
        braid.showErrors(form, e);
      }
    });
    return form;
  }

  function roleLabel(id) {
    return (ROLES.find(([v]) => v === id) || [id, id])[1];
  }

  braid.page('#/admin/audit', async view => {
    const names = orgNames();
    const doc = (await api('GET', '/openapi.json')).body;
    const operations = Object.entries(doc.paths || {}).flatMap(([path, ops]) => Object.entries(ops)
      .filter(([method]) => !['get', 'head', 'options', 'parameters'].includes(method))
      .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, summary: op.summary || '' })))
      .sort((a, b) => a.key.localeCompare(b.key));
    const summaries = new Map(operations.map(o => [o.key, o.summary]));
    const org = braid.orgPicker({ label: 'Organization', name: 'orgId', hint: 'Changes in it and the organizations under it.' });
    const form = h('form', { class: 'card', novalidate: true, role: 'search', 'aria-label': 'Filter the audit trail' },
      h('div', { class: 'row' }, org,
        h('div', {}, h('label', { for: 'audit-user' }, 'User (username)'), h('input', { id: 'audit-user', name: 'user', autocomplete: 'off' }))),
      h('div', { class: 'row' },
        h('div', {}, h('label', { for: 'audit-since' }, 'From (date)'), h('input', { id: 'audit-since', name: 'since', type: 'date' })),
        h('div', {}, h('label', { for: 'audit-until' }, 'To (date, included)'), h('input', { id: 'audit-until', name: 'until', type: 'date' })),
        h('div', {}, h('label', { for: 'audit-op' }, 'Operation'), h('select', { id: 'audit-op', name: 'operation' },
          h('option', { value: '' }, 'Any operation'), operations.map(o => h('option', { value: o.key }, `${o.summary} (${o.key})`))))),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show changes')));
    const results = h('div', { id: 'audit-results' });
    let filter = new URLSearchParams();
    let cursors = [null]; // the cursor of each page seen so far: going back re-reads the one before

    async function draw(at) {
      const params = new URLSearchParams(filter);
      params.set('limit', '20');
      if (cursors[at]) params.set('cursor', cursors[at]);
      const page = (await api('GET', `/audit?${params}`)).body;
      cursors = cursors.slice(0, at + 1);
      if (page.next) cursors.push(page.next);
      const orgOf = await names(page.items.flatMap(e => [e.orgId, ...orgIdsIn(e.before), ...orgIdsIn(e.after)]));
      results.replaceChildren(
        h('h2', { tabindex: '-1' }, page.items.length ? `Changes, page ${at + 1}` : 'No change matches'),
        ...page.items.map(e => entry(e, orgOf, summaries)),
        h('nav', { class: 'pager', 'aria-label': 'Pages of changes' },
          at > 0 ? h('button', { type: 'button', class: 'secondary', onclick: () => turn(at - 1) }, 'Newer changes') : '',
          page.next ? h('button', { type: 'button', class: 'secondary', onclick: () => turn(at + 1) }, 'Older changes') : ''));
    }

    async function turn(at) {
      await draw(at);
      results.querySelector('h2').focus();
    }

    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = new URLSearchParams();
      if (org.value) f.set('orgId', org.value);
      if (form.user.value.trim()) f.set('user', form.user.value.trim());
      if (form.operation.value) f.set('operation', form.operation.value);
      // dates are the reader's own days: from midnight to the midnight after the last day
      if (form.since.value) f.set('since', new Date(`${form.since.value}T00:00`).toISOString());
      if (form.until.value) {
        const end = new Date(`${form.until.value}T00:00`);
        end.setDate(end.getDate() + 1);
        f.set('until', end.toISOString());
      }
      filter = f;
      cursors = [null];
      try {
        await turn(0);
      } catch (e) {
        braid.showErrors(form, e);
      }
    });

    view.replaceChildren(h('h1', {}, 'Audit trail'),
      h('p', {}, 'Every change, newest first: who made it, when, and what it changed.'), form, results);
    await draw(0);
  });

  /** One entry: who, when, what, and the fields it changed, before and after. */
  function entry(e, orgOf, summaries) {
    const rows = changes(e.before, e.after, id => orgOf(id)?.name || id);
    const when = new Date(e.at);
    return h('article', { class: 'card', 'data-entry': e.id },
      h('h3', {}, summaries.get(e.operation) ? `${summaries.get(e.operation)} (${e.operation})` : e.operation),
      h('p', {}, h('time', { datetime: e.at }, when.toLocaleString()), ' · by ', e.username || 'the system',
        e.orgId ? [' · ', orgOf(e.orgId)?.name || e.orgId] : '', ' · ', h('code', {}, e.path)),
      rows.length ? h('table', { class: 'changes' },
        h('caption', { class: 'sr-only' }, `What ${e.operation} changed`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
        h('tbody', {}, rows.map(([field, b, a]) => h('tr', { 'data-field': field }, h('th', { scope: 'row' }, field), h('td', {}, b), h('td', {}, a)))))
        : h('p', { class: 'muted' }, 'No recorded field changed.'));
  }

  /** Fields that hold organization ids: shown by the organization's name. */
  const ORG_FIELD = /(^|\.)(orgId|parentId|assigned)$/;

  function orgIdsIn(v, key = '') {
    if (v === null || typeof v !== 'object') return ORG_FIELD.test(key) && typeof v === 'string' ? [v] : [];
    if (Array.isArray(v)) return ORG_FIELD.test(key) ? v.filter(x => typeof x === 'string') : v.flatMap(x => orgIdsIn(x));
    return Object.entries(v).flatMap(([k, x]) => orgIdsIn(x, k));
  }

  /**
   * The fields that differ between before and after, flattened to paths like goals[0].statement; lists of plain values
   * read as one line, organization ids as names.
   */
  function changes(before, after, orgName) {
    const shown = (path, x) => (ORG_FIELD.test(path) && typeof x === 'string' ? orgName(x) : String(x));
    const flat = (v, path, out) => {
      if (v === null || v === undefined) return out;
      if (Array.isArray(v) && v.every(x => x === null || typeof x !== 'object')) out.set(path, v.length ? v.map(x => shown(path, x)).join(', ') : 'none');
      else if (Array.isArray(v)) v.forEach((x, i) => flat(x, `${path}[${i}]`, out));
      else if (typeof v === 'object') Object.entries(v).forEach(([k, x]) => flat(x, path ? `${path}.${k}` : k, out));
      else out.set(path, shown(path, v));
      return out;
    };
    const b = flat(before, '', new Map());
    const a = flat(after, '', new Map());
    const fields = [...new Set([...b.keys(), ...a.keys()])].filter(k => k !== 'version' && b.get(k) !== a.get(k));
    return fields.slice(0, 200).map(k => [k, b.has(k) ? b.get(k) : '—', a.has(k) ? a.get(k) : '—']);
  }
}
