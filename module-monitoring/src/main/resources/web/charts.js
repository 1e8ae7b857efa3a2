// Hand-written SVG charts for the monitoring dashboard. Each chart is one <svg role="img"> named by its
// <title> and described by its <desc>; the page always puts the same numbers in a table beside it, which is
// also the keyboard's way to drill down (a cell of the heat map answers the mouse, its table cell the keyboard).
const NS = 'http://www.w3.org/2000/svg';
let seq = 0;

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

function frame(width, height, title, desc, cls) {
  const id = `chart${++seq}`;
  return s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: `chart ${cls}`, 'aria-labelledby': `${id}-t ${id}-d`,
    preserveAspectRatio: 'xMinYMin meet', focusable: 'false' }, s('title', { id: `${id}-t` }, title), s('desc', { id: `${id}-d` }, desc));
}

/** Mixes white and a dark blue: share 0 is nearly white, share 1 the dark blue. */
function shade(share) {
  const t = Math.max(0, Math.min(1, share));
  const from = [241, 245, 251];
  const to = [11, 61, 145];
  return `rgb(${from.map((f, i) => Math.round(f + (to[i] - f) * t)).join(',')})`;
}

/**
 * Rows x columns of counts, each cell shaded by its share of the row's total.
 * @param {{title, desc, rows: {label, group, values: number[], total}[], columns: string[], href?: (row, col) => string}} o
 */
export function heatMap(h, o) {
  const cw = 64, rh = 26, left = 52, top = 64, gap = 8;
  let y = top;
  let group = null;
  const cells = [];
  for (const r of o.rows) {
    if (group !== null && r.group !== group) y += gap;
    group = r.group;
    cells.push(s('text', { x: left - 8, y: y + rh / 2 + 5, 'text-anchor': 'end', class: 'axis' }, r.label));
    r.values.forEach((v, c) => {
      const share = r.total ? v / r.total : 0;
      const rect = s('rect', { x: left + c * cw, y, width: cw - 2, height: rh - 2, rx: 2, fill: shade(share), class: o.href && v ? 'cell link' : 'cell' });
      if (o.href && v) rect.addEventListener('click', () => { location.hash = o.href(r, c); });
      cells.push(rect, s('text', { x: left + c * cw + (cw - 2) / 2, y: y + rh / 2 + 4, 'text-anchor': 'middle', class: 'value', fill: share > 0.45 ? '#fff' : '#1b1f24' }, String(v)));
    });
    y += rh;
  }
  const width = left + o.columns.length * cw + 8;
  const svg = frame(width, y + 8, o.title, o.desc, 'heat');
  o.columns.forEach((c, i) => {
    const words = c.split(' ');
    svg.append(s('text', { x: left + i * cw + (cw - 2) / 2, y: words.length > 1 ? top - 24 : top - 8, 'text-anchor': 'middle', class: 'axis' },
      words.map((w, k) => s('tspan', { x: left + i * cw + (cw - 2) / 2, dy: k ? 14 : 0 }, w))));
  });
  svg.append(...cells);
  return h('figure', { class: 'chart-figure' }, svg);
}

/** Horizontal bars, largest first, each labelled with its value. */
export function barChart(h, o) {
  const left = 170, bh = 24, width = 520, top = 10, max = Math.max(100, ...o.bars.map(b => b.value));
  const scale = (width - left - 50) / max;
  const svg = frame(width, top + o.bars.length * (bh + 6) + 10, o.title, o.desc, 'bars');
  o.bars.forEach((b, i) => {
    const y = top + i * (bh + 6);
    const label = b.label.length > 24 ? b.label.slice(0, 23) + '…' : b.label;
    svg.append(s('text', { x: left - 8, y: y + bh / 2 + 5, 'text-anchor': 'end', class: 'axis' }, label),
      s('rect', { x: left, y, width: Math.max(1, b.value * scale), height: bh, fill: '#1d4ed8' }),
      s('text', { x: left + b.value * scale + 6, y: y + bh / 2 + 5, class: 'value' }, `${b.value}${o.unit || ''}`));
  });
  return h('figure', { class: 'chart-figure' }, svg);
}

const LINE_STYLE = [
  { stroke: '#067647', dash: null, mark: 'circle' },
  { stroke: '#b42318', dash: '6 4', mark: 'square' },
  { stroke: '#1d4ed8', dash: '2 3', mark: 'diamond' },
  { stroke: '#6b4e00', dash: '10 3 2 3', mark: 'triangle' },
];

function marker(kind, x, y, color) {
  if (kind === 'circle') return s('circle', { cx: x, cy: y, r: 4, fill: color });
  if (kind === 'square') return s('rect', { x: x - 4, y: y - 4, width: 8, height: 8, fill: color });
  if (kind === 'diamond') return s('path', { d: `M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`, fill: color });
  return s('path', { d: `M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z`, fill: color });
}

/** Lines over months on a 0-100 % scale; colour, dash and marker tell them apart, and a legend names them. */
export function lineChart(h, o) {
  const left = 44, right = 16, top = 16, plot = 200, width = Math.max(420, left + right + o.xs.length * 48);
  const legendY = top + plot + 40;
  const svg = frame(width, legendY + 24 * Math.ceil(o.lines.length / 2) + 4, o.title, o.desc, 'lines');
  const step = o.xs.length > 1 ? (width - left - right) / (o.xs.length - 1) : 0;
  const x = i => left + (o.xs.length > 1 ? i * step : (width - left - right) / 2);
  const y = v => top + plot - (plot * v) / 100;
  for (const t of [0, 25, 50, 75, 100]) {
    svg.append(s('line', { x1: left, x2: width - right, y1: y(t), y2: y(t), stroke: '#c9d0d8' }),
      s('text', { x: left - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'axis' }, `${t}${o.unit || ''}`));
  }
  o.xs.forEach((label, i) => svg.append(s('text', { x: x(i), y: top + plot + 18, 'text-anchor': 'middle', class: 'axis' }, label)));
  o.lines.forEach((l, k) => {
    const st = LINE_STYLE[k % LINE_STYLE.length];
    svg.append(s('polyline', { points: l.values.map((v, i) => `${x(i)},${y(v)}`).join(' '), fill: 'none', stroke: st.stroke, 'stroke-width': 2.5, 'stroke-dasharray': st.dash }),
      ...l.values.map((v, i) => marker(st.mark, x(i), y(v), st.stroke)));
    const lx = left + (k % 2) * 200, ly = legendY + Math.floor(k / 2) * 24;
    svg.append(s('line', { x1: lx, x2: lx + 30, y1: ly, y2: ly, stroke: st.stroke, 'stroke-width': 2.5, 'stroke-dasharray': st.dash }),
      marker(st.mark, lx + 15, ly, st.stroke), s('text', { x: lx + 38, y: ly + 5, class: 'axis' }, l.label));
  });
  return h('figure', { class: 'chart-figure' }, svg);
}
