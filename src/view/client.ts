// The report's script, run by the browser (plain JavaScript, kept as text and inlined in the page): it
// draws the pages (pdf.js, inlined gzipped, from the inlined PDF), the overlay, and the side panel.
// Nothing is fetched: every byte comes from the page's own script elements.
export const CLIENT_SCRIPT = String.raw`
const $ = (sel, el = document) => el.querySelector(sel);
const data = JSON.parse($('#pp-data').textContent);
const pack = data.pack;
const LABELS = {
  agenda_items: 'Agenda', attendees: 'Attendance', members: 'Members', minute_items: 'Minutes',
  resolutions: 'Resolutions', motions: 'Motions', votes: 'Votes', actions: 'Actions', decisions: 'Decisions',
  work_programme: 'Work programme', future_meetings: 'Future meetings', tables: 'Tables',
  performance: 'Performance', checks: 'Checks', warnings: 'Warnings',
};
const j = (...xs) => xs.filter((x) => x !== null && x !== undefined && x !== '').join(' ');
const cut = (s, n = 150) => (s && s.length > n ? s.slice(0, n - 1) + '…' : s || '');
const TEXT = {
  agenda_items: (r) => j(r.number, r.title),
  attendees: (r) => j(r.name, '·', r.status.replace('_', ' '), r.affiliation && '· ' + r.affiliation),
  members: (r) => j(r.honorific, r.name, r.role && '· ' + r.role),
  minute_items: (r) => j(r.minute, r.title),
  resolutions: (r) => j(r.minute, r.index && '(' + r.index + ')', r.text, (r.sub_items || []).map((s, i) => '(' + (i + 1) + ') ' + s).join(' ')),
  motions: (r) => j(r.minute, r.motion, '·', r.result, r.for !== null && r.for !== undefined ? r.for + '/' + r.against + '/' + r.abstain : ''),
  votes: (r) => j(r.name, '·', r.option, '· motion', r.motion_index + 1),
  actions: (r) => j(r.ref, r.action, '·', r.status),
  decisions: (r) => j(r.reference, r.title),
  work_programme: (r) => j(r.meeting_date, r.item),
  future_meetings: (r) => j(r.date, r.venue),
  tables: (r) => j(r.table_id, r.title || '(untitled)', '·', r.kind, r.n_rows + '×' + r.n_cols),
  performance: (r) => j(r.period, r.channel, r.metric, r.subject, '=', r.value, r.unit),
  checks: (r) => j(r.table_id, r.row_label, '/', r.column_label, '·', r.status, 'stated', r.stated, 'computed', r.computed),
  warnings: (r) => j(r.code, '·', r.message),
};

// ---- pages ----
const pagesEl = $('#pages');
const pageEls = new Map();
for (const p of data.pages) {
  const el = document.createElement('section');
  el.className = 'page';
  el.dataset.page = p.number ?? '';
  el.setAttribute('aria-label', p.number === null ? 'document' : 'page ' + p.number);
  const label = document.createElement('div');
  label.className = 'plabel';
  label.textContent = p.number === null ? 'Document' : 'Page ' + p.number;
  const ocr = data.ocr[p.number];
  if (ocr) label.textContent += ' · read by OCR, ' + ocr;
  el.append(label);
  const sheet = document.createElement('div');
  sheet.className = 'sheet';
  el.append(sheet);
  if (data.drawn) {
    sheet.style.aspectRatio = p.width + ' / ' + p.height;
    const canvas = document.createElement('canvas');
    sheet.append(canvas);
  } else {
    p.blocks.forEach((b, i) => {
      const d = document.createElement(b.kind === 'heading' ? 'h3' : 'div');
      d.className = 'blk ' + b.kind;
      d.dataset.block = i;
      if (b.table) {
        const t = document.createElement('table');
        for (const row of b.table) {
          const tr = t.insertRow();
          for (const c of row) tr.insertCell().textContent = c;
        }
        d.append(t);
      } else d.textContent = b.text;
      sheet.append(d);
    });
  }
  const over = document.createElement('div');
  over.className = 'over';
  sheet.append(over);
  for (const t of p.tables) {
    if (data.drawn && t.box) over.append(mark(p, t.box, 'tbl', t.id));
    if (data.drawn) for (const c of t.cells) over.append(mark(p, c, 'cell', t.id));
    if (!data.drawn && t.block !== null) {
      const d = sheet.querySelector('[data-block="' + t.block + '"]');
      if (d) d.dataset.table = t.id;
    }
  }
  if (data.drawn) for (const h of p.headings) if (h.box) over.append(mark(p, h.box, 'hd', null, h.text));
  pagesEl.append(el);
  pageEls.set(String(p.number ?? ''), el);
}
function mark(p, b, cls, table, title) {
  const d = document.createElement('div');
  d.className = cls;
  if (table) d.dataset.table = table;
  if (title) d.title = title;
  Object.assign(d.style, { left: (100 * b.x0) / p.width + '%', top: (100 * b.y0) / p.height + '%',
    width: (100 * (b.x1 - b.x0)) / p.width + '%', height: (100 * (b.y1 - b.y0)) / p.height + '%' });
  return d;
}

async function gunzip(id) {
  const bin = atob($('#' + id).textContent.trim());
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}
async function drawPages() {
  const [lib, worker, bytes] = await Promise.all([gunzip('pp-pdfjs'), gunzip('pp-worker'), gunzip('pp-pdf')]);
  const pdfjs = await import(URL.createObjectURL(new Blob([lib], { type: 'text/javascript' })));
  pdfjs.GlobalWorkerOptions.workerSrc = URL.createObjectURL(new Blob([worker], { type: 'text/javascript' }));
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, enableXfa: false }).promise;
  const queue = [];
  let busy = false;
  const draw = async (el) => {
    if (el.dataset.drawn) return;
    el.dataset.drawn = '1';
    const page = await pdf.getPage(Number(el.dataset.page));
    const canvas = el.querySelector('canvas');
    const cssWidth = el.querySelector('.sheet').clientWidth || 800;
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: (cssWidth / base.width) * Math.min(2, window.devicePixelRatio || 1) });
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    page.cleanup();
    el.classList.add('drawn');
  };
  const pump = async () => {
    if (busy) return;
    busy = true;
    while (queue.length) await draw(queue.shift()).catch((e) => console.error(e));
    busy = false;
  };
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) queue.push(e.target);
    pump();
  }, { rootMargin: '600px' });
  for (const el of pageEls.values()) io.observe(el);
  window.ppDraw = (n) => { const el = pageEls.get(String(n)); if (el) { queue.unshift(el); pump(); } };
}
if (data.drawn) drawPages().then(() => document.body.dataset.ready = '1', (e) => { document.body.dataset.ready = 'error'; console.error(e); });
else document.body.dataset.ready = '1';

// ---- highlight ----
function clearMarks() {
  for (const el of document.querySelectorAll('.hit')) el.remove();
  for (const el of document.querySelectorAll('.on')) el.classList.remove('on');
}
function goTo(page, box, block) {
  const el = pageEls.get(String(page ?? '')) || pageEls.values().next().value;
  if (!el) return;
  const p = data.pages.find((q) => String(q.number ?? '') === el.dataset.page);
  let target = el;
  if (box && data.drawn) {
    const m = mark(p, box, 'hit');
    el.querySelector('.over').append(m);
    target = m;
  } else if (block !== null && block !== undefined) {
    const b = el.querySelector('[data-block="' + block + '"]');
    if (b) { b.classList.add('on'); target = b; }
  }
  target.scrollIntoView({ block: 'center' });
  if (window.ppDraw) window.ppDraw(page);
}
function showTable(id) {
  const t = pack.tables.find((x) => x.table_id === id);
  if (!t) return;
  for (const el of document.querySelectorAll('[data-table="' + CSS.escape(id) + '"]')) el.classList.add('on');
  const first = document.querySelector('.tbl[data-table="' + CSS.escape(id) + '"], .blk[data-table="' + CSS.escape(id) + '"]');
  if (first) first.scrollIntoView({ block: 'center' });
  else goTo(t.page_start, null, null);
  if (window.ppDraw) window.ppDraw(t.page_start);
  const det = $('#detail');
  det.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = j(t.table_id, t.title || '(untitled)', t.unit && '· ' + t.unit);
  const copy = document.createElement('button');
  copy.textContent = 'Copy as CSV';
  copy.className = 'copy';
  copy.onclick = () => {
    const csv = [...t.header, ...t.rows].map((r) => r.map((c) => (/[",\n]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c)).join(',')).join('\n') + '\n';
    (navigator.clipboard ? navigator.clipboard.writeText(csv) : Promise.reject()).then(() => (copy.textContent = 'Copied'), () => {
      const ta = document.createElement('textarea'); ta.value = csv; det.append(ta); ta.select();
    });
  };
  const checks = pack.checks.filter((c) => c.table_id === id);
  const bad = new Set(checks.filter((c) => c.status === 'mismatch').flatMap((c) => [c.row_label + '|' + c.column_label]));
  const grid = document.createElement('table');
  grid.className = 'grid';
  for (const row of t.header) { const tr = grid.insertRow(); for (const c of row) { const th = document.createElement('th'); th.textContent = c; tr.append(th); } }
  const labels = t.header.length ? t.header.map((r) => r) : [];
  t.rows.forEach((row, r) => {
    const tr = grid.insertRow();
    row.forEach((c, k) => {
      const td = tr.insertCell();
      td.textContent = c;
      const cell = t.cells.find((x) => x.row === r + 1 && x.column === k + 1);
      if (cell && bad.has(cell.row_label + '|' + cell.column_label)) td.className = 'bad';
    });
  });
  const close = document.createElement('button');
  close.textContent = 'Close';
  close.className = 'copy';
  close.onclick = () => { det.hidden = true; clearMarks(); };
  det.append(h, copy, close, grid);
  if (checks.length) {
    const ul = document.createElement('ul');
    ul.className = 'checks';
    for (const c of checks) {
      const li = document.createElement('li');
      li.className = c.status;
      li.textContent = j(c.status.toUpperCase(), c.row_label, '/', c.column_label, ': stated', c.stated, 'computed', c.computed, c.explanation && '· ' + c.explanation);
      ul.append(li);
    }
    det.append(ul);
  }
  det.hidden = false;
}
function choose(type, i) {
  clearMarks();
  const r = pack[type][i];
  if (type === 'tables') return showTable(r.table_id);
  if (type === 'checks') return showTable(r.table_id);
  $('#detail').hidden = true;
  const a = data.anchors[type + ':' + i];
  if (a) goTo(a.page, a.box, a.block);
  else goTo(r.page, null, null);
}

// ---- side panel ----
const list = $('#list');
const entries = [];
for (const type of Object.keys(LABELS)) {
  const rows = pack[type] || [];
  const det = document.createElement('details');
  det.open = rows.length > 0 && rows.length <= 60;
  const sum = document.createElement('summary');
  sum.textContent = LABELS[type] + ' (' + rows.length + ')';
  det.append(sum);
  const ol = document.createElement('ol');
  rows.forEach((r, i) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.className = 'rec' + (type === 'checks' ? ' ' + r.status : '') + (type === 'warnings' ? ' warn' : '');
    b.dataset.key = type + ':' + i;
    const pg = r.page ?? r.page_start ?? null;
    b.innerHTML = '<span class=pg></span><span class=tx></span>';
    b.firstChild.textContent = pg === null ? '' : 'p.' + pg;
    b.lastChild.textContent = cut(TEXT[type](r));
    b.onclick = () => { choose(type, i); b.focus(); };
    li.append(b);
    ol.append(li);
    entries.push({ li, text: (TEXT[type](r) || '').toLowerCase(), det });
  });
  det.append(ol);
  list.append(det);
}
$('#filter').addEventListener('input', (e) => {
  const q = e.target.value.trim().toLowerCase();
  for (const x of entries) x.li.hidden = q !== '' && !x.text.includes(q);
  if (q) for (const d of list.querySelectorAll('details')) d.open = [...d.querySelectorAll('li')].some((li) => !li.hidden);
});
document.addEventListener('keydown', (e) => {
  if (e.key === '/' && document.activeElement !== $('#filter')) { e.preventDefault(); $('#filter').focus(); return; }
  if (e.key === 'Escape') { clearMarks(); $('#detail').hidden = true; return; }
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = [...list.querySelectorAll('details[open] li:not([hidden]) button')];
  const at = buttons.indexOf(document.activeElement);
  if (at < 0) return;
  e.preventDefault();
  const next = buttons[at + (e.key === 'ArrowDown' ? 1 : -1)];
  if (next) { next.focus(); next.click(); }
});
`;
