// An organization picker that searches on the server as the user types, instead of a drop-down of
// every organization (a state has thousands). It follows the ARIA combobox pattern with a listbox
// popup: arrow keys move through the options, Enter chooses, Escape closes the list.

const DEBOUNCE_MS = 250;
const LIMIT = 10;
let seq = 0;

/**
 * @param braid the shell
 * @param options label: what the field is called; name: the field name the API's errors use (orgId);
 *   value: the organization chosen at first ({ id, name }) or null; onChoose(org): called with the chosen
 *   organization ({ id, name, type }), or null when the text is cleared; clearOnChoose: empty the box after
 *   a choice (to add several, one at a time); type: only organizations of this level (SEA, LEA or SCHOOL)
 * @returns a <div> holding the label and the box; its `value` is the chosen organization's id or null
 */
export function orgPicker(braid, { label, name, value = null, onChoose = () => {}, clearOnChoose = false, hint, type } = {}) {
  const { h } = braid;
  const id = `org-picker-${++seq}`;
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'picker-list', 'aria-label': label, hidden: true });
  const status = h('span', { class: 'sr-only', role: 'status' });
  const hintEl = hint ? h('p', { class: 'muted hint', id: `${id}-hint` }, hint) : null;
  const input = h('input', { id, name, type: 'text', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': list.id, 'aria-describedby': hintEl ? hintEl.id : undefined,
    value: value ? value.name : '' });
  const box = h('div', { class: 'picker' }, h('label', { for: id }, label), hintEl, input, list, status);
  let chosen = value;
  let options = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  Object.defineProperty(box, 'value', { get: () => (chosen ? chosen.id : null) });
  box.input = input;

  const open = () => { list.hidden = false; input.setAttribute('aria-expanded', 'true'); };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = i => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i < 0) { input.removeAttribute('aria-activedescendant'); return; }
    input.setAttribute('aria-activedescendant', list.children[i].id);
    list.children[i].scrollIntoView({ block: 'nearest' });
  };

  const choose = org => {
    chosen = clearOnChoose ? null : org;
    input.value = clearOnChoose ? '' : org.name;
    close();
    status.textContent = `${org.name} chosen.`;
    onChoose(org);
  };

  const search = async () => {
    const text = input.value.trim();
    const mine = ++asked;
    if (!text) { options = []; close(); list.replaceChildren(); return; }
    let found;
    try {
      found = (await braid.api('GET', `/orgs?q=${encodeURIComponent(text)}&limit=${LIMIT}${type ? `&type=${type}` : ''}`)).body;
    } catch (e) {
      status.textContent = 'The search failed; try again.';
      return;
    }
    if (mine !== asked) return; // an older answer arriving after a newer question
    options = found.items;
    list.replaceChildren(...options.map((o, i) => h('li', { id: `${id}-opt-${i}`, role: 'option', 'aria-selected': 'false',
      onmousedown: ev => { ev.preventDefault(); choose(o); } }, o.name, ' ', h('span', { class: 'muted' }, o.type))));
    if (!options.length) list.append(h('li', { role: 'option', class: 'muted', 'aria-disabled': 'true', 'aria-selected': 'false' }, 'No organization matches'));
    open();
    highlight(-1);
    status.textContent = options.length === 0 ? 'No organization matches.'
      : `${found.total > options.length ? `First ${options.length} of ${found.totalStopped ? `more than ${found.total - 1}` : found.total}` : options.length} organizations found; use the arrow keys.`;
  };

  input.addEventListener('input', () => {
    if (chosen) { chosen = null; if (!clearOnChoose) onChoose(null); }
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', ev => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (list.hidden) { if (options.length) { open(); highlight(0); } else { clearTimeout(timer); search(); } return; }
      if (!options.length) return;
      const next = ev.key === 'ArrowDown' ? (active + 1) % options.length : (active <= 0 ? options.length - 1 : active - 1);
      highlight(next);
    } else if (ev.key === 'Enter') {
      // Enter in an open list chooses; it must not submit the form around it
      if (!list.hidden && active >= 0) { ev.preventDefault(); choose(options[active]); }
      else if (!list.hidden) ev.preventDefault();
    } else if (ev.key === 'Escape') {
      if (!list.hidden) { ev.preventDefault(); ev.stopPropagation(); close(); }
    }
  });
  input.addEventListener('blur', () => close());
  return box;
}
