// Export and import of a subtree, and the online backup, for administrators. An export is offered on each
// organization's page; the import is rehearsed first (what it would add, or why it would fail) and then done.

/** Reads a response body to the end, telling how many bytes have come (and of how many, when the server says). */
async function readWithProgress(res, onProgress) {
  const total = Number(res.headers.get('Content-Length')) || 0;
  const reader = res.body.getReader();
  const parts = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.length;
    onProgress(received, total);
  }
  return new Blob(parts, { type: 'application/json' });
}

const kb = n => (n < 1024 * 1024 ? `${Math.round(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

export function register(braid) {
  const { h, api } = braid;

  /** The export of an organization's subtree, for its page: downloads as a file, with its progress shown. */
  braid.exportControl = org => {
    const status = h('p', { role: 'status', class: 'muted' });
    const progress = h('progress', { max: 1, value: 0, hidden: true, 'aria-label': `Export of ${org.name}` });
    const button = h('button', { type: 'button', onclick: async () => {
      button.disabled = true;
      progress.hidden = false;
      status.textContent = 'Exporting…';
      try {
        const res = await fetch(`/api/orgs/${org.id}/export`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
        if (!res.ok) throw new Error((await res.json().catch(() => ({}))).error || `HTTP ${res.status}`);
        const blob = await readWithProgress(res, (got, total) => {
          if (total) { progress.max = total; progress.value = got; } else progress.removeAttribute('value');
          status.textContent = `Exporting… ${kb(got)}${total ? ` of ${kb(total)}` : ''}`;
        });
        const link = h('a', { href: URL.createObjectURL(blob), download: `braid-export-${org.name.replace(/[^A-Za-z0-9]+/g, '-')}.json` });
        document.body.append(link);
        link.click();
        link.remove();
        status.textContent = `Exported ${org.name} and everything under it (${kb(blob.size)}).`;
      } catch (e) {
        status.textContent = `The export failed: ${e.message}`;
      } finally {
        button.disabled = false;
        progress.hidden = true;
      }
    } }, `Export ${org.name} and everything under it`);
    return h('section', { 'aria-labelledby': 'export-title' }, h('h2', { id: 'export-title' }, 'Export'),
      h('p', {}, 'A file with this organization, the organizations under it and every active module\'s records about them, to import into another Braid.'),
      h('div', { class: 'actions' }, button), progress, status);
  };

  braid.page('#/admin/transfer', async view => {
    let doc = null;
    const file = h('input', { id: 'import-file', type: 'file', accept: 'application/json,.json' });
    const preview = h('div', { id: 'import-preview' });
    const status = h('p', { id: 'import-status', role: 'status', 'aria-live': 'polite' });
    const progress = h('progress', { max: 1, value: 0, hidden: true, 'aria-label': 'Import' });
    const importButton = h('button', { type: 'button', disabled: true, onclick: () => upload() }, 'Import');

    const problem = e => h('div', { class: 'error', role: 'alert' }, h('p', {}, `This import would fail: ${e.message}`),
      (e.body.details || []).length ? h('ul', {}, e.body.details.map(d => h('li', {}, `${d.field}: ${d.message}`))) : '');

    file.addEventListener('change', async () => {
      doc = null;
      importButton.disabled = true;
      status.textContent = '';
      const f = file.files[0];
      if (!f) { preview.replaceChildren(); return; }
      try {
        doc = JSON.parse(await f.text());
      } catch (e) {
        preview.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${f.name} is not a JSON file.`));
        return;
      }
      preview.replaceChildren(h('p', { class: 'muted' }, 'Checking what the import would do…'));
      try {
        const p = (await api('POST', '/import/preview', doc)).body;
        const rows = Object.entries(p.sections).flatMap(([section, kinds]) => Object.entries(kinds).map(([kind, n]) => [section, kind, n]));
        preview.replaceChildren(h('h2', { id: 'preview-title' }, 'What the import would add'),
          h('p', {}, `${p.organizations} organization${p.organizations === 1 ? '' : 's'}, with their records. Nothing already in Braid is changed; nothing is added until you import.`),
          h('div', { class: 'scroll', role: 'region', 'aria-labelledby': 'preview-title', tabindex: '0' }, h('table', {},
            h('caption', {}, `What ${f.name} would add`),
            h('thead', {}, h('tr', {}, ['Module', 'Records', 'Number'].map(t => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, rows.map(([s, k, n]) => h('tr', {}, h('td', {}, s), h('th', { scope: 'row' }, k), h('td', {}, String(n))))))));
        importButton.disabled = false;
        status.textContent = `Rehearsed: the import would add ${p.organizations} organization${p.organizations === 1 ? '' : 's'}; nothing is added until you import.`;
      } catch (e) {
        if (!(e instanceof braid.ApiError)) throw e;
        preview.replaceChildren(problem(e));
      }
    });

    // the upload goes by XMLHttpRequest: fetch cannot tell how much of a request body has been sent
    function upload() {
      importButton.disabled = true;
      progress.value = 0;
      progress.hidden = false;
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/import');
      xhr.setRequestHeader('Content-Type', 'application/json');
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = ev => { if (ev.lengthComputable) { progress.max = ev.total; progress.value = ev.loaded; status.textContent = `Sending… ${kb(ev.loaded)} of ${kb(ev.total)}`; } };
      // the whole file is sent; the server now writes it in one transaction, which takes minutes for a state: say so until it answers
      xhr.upload.onload = () => {
        progress.removeAttribute('value');
        status.textContent = 'Sent. Braid is importing it: this can take a few minutes for a large file; the answer shows here.';
      };
      xhr.onload = () => {
        progress.hidden = true;
        let body = {};
        try { body = JSON.parse(xhr.responseText); } catch (e) { /* an answer without a body */ }
        if (xhr.status === 201) {
          status.textContent = `Imported ${body.imported} organization${body.imported === 1 ? '' : 's'}.`;
          preview.replaceChildren();
          file.value = '';
        } else {
          status.textContent = '';
          preview.replaceChildren(problem(new braid.ApiError(xhr.status, body)));
        }
      };
      xhr.onerror = () => { progress.hidden = true; status.textContent = 'The import could not be sent; nothing was imported.'; importButton.disabled = false; };
      xhr.send(JSON.stringify(doc));
    }

    const backupStatus = h('p', { role: 'status' });
    const backup = h('button', { type: 'button', onclick: async () => {
      backup.disabled = true;
      backupStatus.textContent = 'Backing up…';
      try {
        const b = (await api('POST', '/admin/backup')).body;
        backupStatus.textContent = `Backed up to ${b.directory}.`;
      } catch (e) {
        if (!(e instanceof braid.ApiError)) throw e;
        backupStatus.textContent = e.message;
      } finally {
        backup.disabled = false;
      }
    } }, 'Back up now');

    view.replaceChildren(h('h1', {}, 'Export, import and backup'),
      h('p', {}, 'An organization is exported from its own page, with everything under it.'),
      h('section', { class: 'card', 'aria-labelledby': 'import-title' }, h('h2', { id: 'import-title' }, 'Import'),
        h('label', { for: 'import-file' }, 'Export file to import (JSON)'), file, preview,
        h('div', { class: 'actions' }, importButton), progress, status),
      h('section', { class: 'card', 'aria-labelledby': 'backup-title' }, h('h2', { id: 'backup-title' }, 'Backup'),
        h('p', {}, 'A copy of the embedded database, taken while Braid serves. On PostgreSQL, use the database\'s own tools instead.'),
        h('div', { class: 'actions' }, backup), backupStatus));
  });
}
