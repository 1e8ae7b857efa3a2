// Braid's web shell: sign-in, the menu built from what is active, routing, and the API client.
// Each module's script registers its own pages with braid.page(); turning a module off removes
// its menu entries and pages at the next refresh of /api/ui, without reloading Braid.

import { orgPicker } from './org-picker.js';

class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

const pages = [];          // { module, route, regex, keys, render }
const asides = [];         // the same, for what a module shows beside another module's page
const loaded = new Map();  // module -> script url
let contributions = [];
let me = null;

export const braid = {
  ApiError,
  get me() { return me; },

  /**
   * Calls the REST API; resolves to { status, etag, body }, throws ApiError for 4xx/5xx. A Blob (a chosen file) is sent
   * as it is, as application/octet-stream; anything else as JSON.
   */
  async api(method, path, body, { ifMatch } = {}) {
    const headers = { Accept: 'application/json' };
    const file = body instanceof Blob;
    if (body !== undefined) headers['Content-Type'] = file ? 'application/octet-stream' : 'application/json';
    if (ifMatch) headers['If-Match'] = ifMatch;
    const res = await fetch('/api' + path, { method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : file ? body : JSON.stringify(body) });
    const type = res.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await res.json().catch(() => null) : await res.text();
    if (res.status === 401 && path !== '/session') { me = null; go('#/signin'); }
    if (!res.ok) throw new ApiError(res.status, data);
    return { status: res.status, etag: res.headers.get('ETag'), body: data };
  },

  /** Declares a page: route like '#/orgs/:id'; render(view, params) fills the view. */
  page(route, render, module = currentModule) {
    pages.push({ module, route, ...matcher(route), render });
  },

  /**
   * Declares what a module shows beside pages that may belong to another module (coaching questions beside a step,
   * say): after the page is drawn, render(aside, params) fills an <aside> at its end. An aside that fails is left
   * out; the page stays.
   */
  aside(route, render, module = currentModule) {
    asides.push({ module, route, ...matcher(route), render });
  },

  /** Builds an element: h('p', { class: 'muted' }, 'text', child, ...). */
  h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'value') el.value = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
    return el;
  },

  notify(text, bad = false) {
    noticeAge = 0;
    const n = document.getElementById('notice');
    n.className = bad ? 'bad' : '';
    n.textContent = text;
  },

  /** Shows an API error next to the fields it names; what no field shows goes above the form. */
  showErrors(form, err) {
    form.querySelectorAll('.error').forEach(e => e.remove());
    form.querySelectorAll('[aria-invalid]').forEach(e => { e.removeAttribute('aria-invalid'); e.classList.remove('invalid'); e.removeAttribute('aria-describedby'); });
    const loose = [];
    let first = null;
    (err.body.details || []).forEach((d, i) => {
      const field = form.querySelector(`[name="${CSS.escape(d.field)}"]`);
      if (!field) { loose.push(`${d.field}: ${d.message}`); return; }
      const id = `err-${i}-${Math.random().toString(36).slice(2, 7)}`;
      field.classList.add('invalid');
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', id);
      field.after(braid.h('p', { class: 'error', id }, d.message));
      first = first || field;
    });
    let summary = form.querySelector('.form-error');
    if (!summary) {
      summary = braid.h('div', { class: 'form-error', role: 'alert', tabindex: '-1' });
      form.prepend(summary);
    }
    summary.replaceChildren(braid.h('p', { class: 'error' }, err.message), ...loose.map(l => braid.h('p', { class: 'error' }, l)));
    (first || summary).focus();
  },

  /**
   * A form whose field names are the API's, so the API's errors land next to the right field.
   * fields: [{ name, label, type, options, years, placeholder }] or [{ group: [...fields] }] for a row;
   * types: text (default), textarea, date, number, select, multiselect, checkbox, lines (a list, one per line),
   * yearValues (an object of school year -> value, one input per year in `years`).
   * onSubmit(body) may throw an ApiError: 412 warns that someone else saved first, keeping what was typed.
   */
  form(fields, values, submitLabel, onSubmit) {
    const { h } = braid;
    const f = h('form', { novalidate: true, class: 'element-form' });
    const all = fields.flatMap(x => x.group || [x]);
    const input = fd => {
      const id = `f${++formSeq}`;
      const v = values[fd.name];
      if (fd.type === 'yearValues') {
        return h('fieldset', {}, h('legend', {}, fd.label), h('div', { class: 'row' }, fd.years.map(y => {
          const yid = `f${++formSeq}`;
          return h('div', {}, h('label', { for: yid }, y), h('input', { id: yid, name: `${fd.name}.${y}`, value: (v || {})[y] ?? '' }));
        })));
      }
      if (fd.type === 'checkbox') {
        return h('div', { class: 'check' }, h('input', { id, name: fd.name, type: 'checkbox', checked: !!v }), h('label', { for: id }, fd.label));
      }
      let el;
      if (fd.type === 'textarea' || fd.type === 'lines') el = h('textarea', { id, name: fd.name }, Array.isArray(v) ? v.join('\n') : (v ?? ''));
      else if (fd.type === 'select' || fd.type === 'multiselect') {
        const chosen = Array.isArray(v) ? v : [v];
        el = h('select', { id, name: fd.name, multiple: fd.type === 'multiselect', size: fd.type === 'multiselect' ? 4 : undefined },
          fd.options.map(o => h('option', { value: o.value, selected: chosen.includes(o.value) }, o.label)));
      } else {
        el = h('input', { id, name: fd.name, type: fd.type || 'text', value: v ?? '', placeholder: fd.placeholder, step: fd.type === 'number' ? 'any' : undefined });
      }
      return h('div', {}, h('label', { for: id }, fd.label), el);
    };
    for (const fd of fields) f.append(fd.group ? h('div', { class: `row ${fd.class || ''}` }, fd.group.map(input)) : input(fd));
    f.append(h('div', { class: 'actions' }, h('button', { type: 'submit' }, submitLabel)));
    f.addEventListener('submit', async ev => {
      ev.preventDefault();
      const body = {};
      for (const fd of all) {
        const el = f.elements[fd.name];
        if (fd.type === 'yearValues') {
          body[fd.name] = Object.fromEntries(fd.years.map(y => [y, f.elements[`${fd.name}.${y}`].value.trim()]).filter(([, t]) => t !== '')
            .map(([y, t]) => [y, fd.numbers && !isNaN(Number(t)) ? Number(t) : t]));
        } else if (fd.type === 'multiselect') body[fd.name] = [...el.selectedOptions].map(o => o.value);
        else if (fd.type === 'checkbox') body[fd.name] = el.checked;
        else if (fd.type === 'lines') body[fd.name] = el.value.split('\n').map(x => x.trim()).filter(Boolean);
        else if (fd.type === 'number') body[fd.name] = el.value === '' ? null : Number(el.value);
        else body[fd.name] = el.value === '' ? null : el.value;
      }
      try {
        await onSubmit(body);
      } catch (e) {
        if (e.status === 412) {
          braid.notify('Someone else changed this since you loaded it; nothing was saved and what you typed is still in the form. Reload the page to see their change.', true);
          return;
        }
        if (!(e instanceof ApiError)) throw e;
        braid.showErrors(f, e);
      }
    });
    return f;
  },

  /** @return the signed-in user's own organization ({ id, name, type }), or null (an admin, a coach) */
  async ownOrg() {
    if (!me || !me.orgId) return null;
    try {
      return (await braid.api('GET', `/orgs/${me.orgId}`)).body;
    } catch (e) {
      return null;
    }
  },

  /** A search-as-you-type organization picker (see org-picker.js); its element's `value` is the chosen id. */
  orgPicker(options) {
    return orgPicker(braid, options);
  },

  go,
  refreshMenu,
};
let formSeq = 0;
window.braid = braid;
let currentModule = 'core';
let noticeAge = 0; // a notice outlives the navigation it announces, not the one after

function go(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

async function refreshMenu() {
  if (!me) return;
  try {
    contributions = (await braid.api('GET', '/ui')).body.items;
  } catch (e) {
    return;
  }
  const active = new Set(contributions.map(c => c.module));
  for (const list of [pages, asides]) for (let i = list.length - 1; i >= 0; i--) if (!active.has(list[i].module)) list.splice(i, 1);
  for (const m of [...loaded.keys()]) if (!active.has(m)) loaded.delete(m);
  for (const c of contributions) {
    if (loaded.has(c.module)) continue;
    loaded.set(c.module, c.script);
    try {
      const mod = await import(c.script);
      currentModule = c.module;
      mod.register(braid);
    } catch (e) {
      loaded.delete(c.module);
      console.error('could not load the pages of', c.module, e);
    } finally {
      currentModule = 'core';
    }
  }
  drawMenu();
}

function drawMenu() {
  const admin = me && me.roles.includes('admin');
  const entries = contributions.flatMap(c => c.menu.map(m => ({ ...m, module: c.module })))
    .filter(m => admin || !m.route.startsWith('#/admin') || (m.route === '#/admin/audit' && me.roles.includes('sea-staff')))
    .sort((a, b) => a.order - b.order);
  const key = JSON.stringify(entries);
  const nav = document.getElementById('menu');
  if (nav.dataset.key !== key) {
    nav.dataset.key = key;
    nav.replaceChildren(braid.h('ul', {}, entries.map(m => braid.h('li', {}, braid.h('a', { href: m.route, 'data-module': m.module }, m.label)))));
  }
  nav.querySelectorAll('a').forEach(a => a.toggleAttribute('aria-current', false));
  const current = [...nav.querySelectorAll('a')].filter(a => location.hash === a.getAttribute('href') || location.hash.startsWith(a.getAttribute('href') + '/'))
    .sort((a, b) => b.getAttribute('href').length - a.getAttribute('href').length)[0];
  if (current) current.setAttribute('aria-current', 'page');
  // redrawn only when it changes: a periodic refresh must not take the keyboard focus away
  const who = document.getElementById('who');
  const whoKey = me ? `${me.username} (${me.roles.join(', ')})` : '';
  if (who.dataset.key !== whoKey) {
    who.dataset.key = whoKey;
    who.replaceChildren(...(me ? [braid.h('span', {}, whoKey), braid.h('button', { type: 'button', onclick: signOut }, 'Sign out')] : []));
  }
}

async function signOut() {
  await braid.api('DELETE', '/session').catch(() => {});
  me = null;
  contributions = [];
  drawMenu();
  go('#/signin');
}

function signInPage(view) {
  const form = braid.h('form', { novalidate: true },
    braid.h('label', { for: 'username' }, 'Username'),
    braid.h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true }),
    braid.h('label', { for: 'password' }, 'Password'),
    braid.h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
    braid.h('div', { class: 'actions' }, braid.h('button', { type: 'submit' }, 'Sign in')));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      const r = await braid.api('POST', '/session', { username: form.username.value, password: form.password.value });
      me = r.body.user;
      braid.notify('');
      await refreshMenu();
      go('#/');
    } catch (e) {
      braid.showErrors(form, e);
    }
  });
  view.replaceChildren(braid.h('h1', {}, 'Sign in to Braid'), form);
}

async function route() {
  if (noticeAge++ >= 1) braid.notify('');
  const view = document.getElementById('main');
  const hash = location.hash || '#/';
  if (!me && hash !== '#/signin') return go('#/signin');
  if (hash === '#/signin') { drawMenu(); return signInPage(view); }
  drawMenu();
  const page = pages.find(p => p.regex.test(hash));
  if (!page) {
    view.replaceChildren(braid.h('h1', {}, 'Page not found'),
      braid.h('p', {}, 'This page does not exist, or it belongs to a module that is turned off.'));
    return focusMain();
  }
  const m = hash.match(page.regex);
  const params = Object.fromEntries(page.keys.map((k, i) => [k, decodeURIComponent(m[i + 1])]));
  view.replaceChildren(braid.h('p', { class: 'muted' }, 'Loading…'));
  try {
    await page.render(view, params);
    await drawAsides(view, hash);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      view.replaceChildren(braid.h('h1', {}, 'Not found'), braid.h('p', {}, 'There is nothing here that you can see.'));
    } else if (e instanceof ApiError && e.status === 401) {
      return;
    } else {
      view.replaceChildren(braid.h('h1', {}, 'Something went wrong'), braid.h('p', { class: 'error' }, e.message));
    }
  }
  focusMain();
}

/** A route like '#/orgs/:id' as a regular expression and the names of its parameters. */
function matcher(route) {
  const keys = [];
  const regex = new RegExp('^' + route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, k) => { keys.push(k); return '([^/]+)'; }) + '$');
  return { keys, regex };
}

async function drawAsides(view, hash) {
  for (const a of asides.filter(x => x.regex.test(hash))) {
    const m = hash.match(a.regex);
    const el = braid.h('aside', { class: 'beside' });
    try {
      await a.render(el, Object.fromEntries(a.keys.map((k, i) => [k, decodeURIComponent(m[i + 1])])));
      if (el.childNodes.length && location.hash === hash) view.append(el);
    } catch (e) {
      console.warn('left out what', a.module, 'shows beside this page', e);
    }
  }
}

function focusMain() {
  const h1 = document.querySelector('main h1');
  if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus({ preventScroll: true }); }
}

async function start() {
  try {
    me = (await braid.api('GET', '/session')).body;
  } catch (e) {
    me = null;
  }
  await refreshMenu();
  window.addEventListener('hashchange', route);
  // modules turned on or off elsewhere show within seconds, but a tab nobody looks at does not ask
  setInterval(() => { if (document.visibilityState === 'visible') refreshMenu(); }, 3000);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') refreshMenu(); });
  route();
}

start();
