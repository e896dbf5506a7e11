// Hand-written SVG charts: bars (stacked or grouped) and the actor network's layout.
import { h, s } from './dom.js';

export const QUAD_COLOURS = { 1: '#6baed6', 2: '#2171b5', 3: '#f4a442', 4: '#c0392b' };

/**
 * A bar chart of labelled periods. series: [{name, colour, values}]; stacked or side by side.
 * Every bar has a <title> (hover) and the chart an aria-label; a table of the same numbers follows.
 */
export function barChart({ labels, series, stacked, label }) {
  const width = 900;
  const height = 260;
  const left = 40;
  const bottom = 50;
  const plotH = height - bottom - 10;
  const n = Math.max(labels.length, 1);
  const step = (width - left - 10) / n;
  const totals = labels.map((_, i) =>
    stacked ? series.reduce((t, x) => t + x.values[i], 0) : Math.max(...series.map((x) => x.values[i])),
  );
  const max = Math.max(1, ...totals);
  const svg = s('svg', {
    class: 'chart',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': label,
    preserveAspectRatio: 'xMinYMin meet',
  }, s('title', { text: label }));
  for (const tick of [...new Set([0, Math.round(max / 2), max])]) {
    const y = 10 + plotH - (tick / max) * plotH;
    svg.append(s('line', { class: 'grid', x1: left, x2: width - 10, y1: y, y2: y }));
    svg.append(s('text', { class: 'axis', x: left - 4, y: y + 4, 'text-anchor': 'end', text: tick }));
  }
  const labelEvery = Math.ceil(n / 16);
  labels.forEach((period, i) => {
    const x = left + i * step;
    let base = 0;
    series.forEach((x0, k) => {
      const v = x0.values[i];
      if (!v) return;
      const barH = (v / max) * plotH;
      const w = stacked ? Math.max(step * 0.8, 1) : Math.max((step * 0.8) / series.length, 1);
      const bx = stacked ? x + step * 0.1 : x + step * 0.1 + k * w;
      const by = 10 + plotH - (stacked ? base : 0) - barH;
      svg.append(
        s('rect', { class: 'bar', x: bx, y: by, width: w, height: Math.max(barH, 0.5), fill: x0.colour },
          s('title', { text: `${period}: ${v} ${x0.name}` })),
      );
      if (stacked) base += barH;
    });
    if (i % labelEvery === 0) {
      svg.append(s('text', {
        class: 'axis', x: x + step / 2, y: height - bottom + 16, 'text-anchor': 'middle', text: period,
      }));
    }
  });
  const legend = h('ul', { class: 'legend' },
    series.map((x) => h('li', {}, h('span', { class: 'swatch', 'data-colour': x.colour }), x.name)));
  for (const sw of legend.querySelectorAll('.swatch')) sw.style.background = sw.dataset.colour;
  const table = h('table', { class: 'data' },
    h('caption', { text: label }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Period' }), series.map((x) => h('th', { scope: 'col', text: x.name })))),
    h('tbody', {}, labels.map((period, i) =>
      h('tr', {}, h('th', { scope: 'row', text: period }), series.map((x) => h('td', { text: x.values[i] }))))));
  return h('figure', { class: 'chart' }, svg, legend, h('details', {}, h('summary', { text: 'The numbers' }), table));
}

/**
 * Positions for the nodes of a graph (a deterministic force layout: nodes repel, edges pull,
 * gravity keeps them in the frame), in a width x height box.
 */
export function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1);
    return { x: width / 2 + (width / 3) * Math.cos(a), y: height / 2 + (height / 3) * Math.sin(a) };
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.6;
  let temperature = width / 8;
  for (let iter = 0; iter < 300; iter++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x;
        let dy = pos[i].y - pos[j].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (k * k) / d;
        dx = (dx / d) * f;
        dy = (dy / d) * f;
        disp[i].x += dx; disp[i].y += dy;
        disp[j].x -= dx; disp[j].y -= dy;
      }
    }
    for (const e of edges) {
      const a = index.get(e.source);
      const b = index.get(e.target);
      if (a === undefined || b === undefined) continue;
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (d * d) / k;
      disp[a].x -= (dx / d) * f; disp[a].y -= (dy / d) * f;
      disp[b].x += (dx / d) * f; disp[b].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      // Gravity grows with the distance from the centre, as the springs of the edges do, so that
      // groups with no edge between them stay in view instead of drifting to the borders.
      const cx = width / 2 - pos[i].x;
      const cy = height / 2 - pos[i].y;
      const dc = Math.hypot(cx, cy);
      disp[i].x += (cx * dc) / (3 * k);
      disp[i].y += (cy * dc) / (3 * k);
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
      pos[i].x += (disp[i].x / d) * Math.min(d, temperature);
      pos[i].y += (disp[i].y / d) * Math.min(d, temperature);
      pos[i].x = Math.min(width - 20, Math.max(20, pos[i].x));
      pos[i].y = Math.min(height - 20, Math.max(20, pos[i].y));
    }
    temperature *= 0.985;
  }
  return pos;
}

/**
 * The width, ascent and descent of a text at a font size in the page's font, measured on a canvas
 * (the view is built before it is in the document, where getBBox would answer zero); an estimate
 * from the length where no canvas is at hand.
 */
export function textBox(text, size) {
  const context = textBox.context || (textBox.context = document.createElement('canvas').getContext('2d'));
  if (!context) return { width: text.length * size * 0.62, ascent: size * 0.93, descent: size * 0.24 };
  context.font = `${size}px ${getComputedStyle(document.documentElement).fontFamily}`;
  const m = context.measureText(text);
  return { width: m.width, ascent: m.fontBoundingBoxAscent ?? size * 0.93, descent: m.fontBoundingBoxDescent ?? size * 0.24 };
}

/**
 * Places node labels so that none overlaps another label or any node, nor leaves the width x
 * height frame. nodes: [{x, y, r, box: {width, ascent, descent}}]; order: the node indices, the
 * most important first (they get the free places). Each label tries the right of its node, then
 * the left, above, below and the four corners, and takes the first that is free; a label with no
 * free place is not shown ({shown: false}) and keeps its first place inside the frame for when
 * its node is pointed at. The first `hubs` of the order, finding no free place, take the first
 * place clear of other labels even if it lies over nodes ({over: true}: to be drawn above the
 * nodes), trying the eight places moved up or down by up to four lines where other hubs' labels
 * take them all. Answers [{x, y, anchor, shown, over}] by node: the baseline's anchor point and the SVG
 * text-anchor. Deterministic: the same nodes and order give the same places.
 */
export function placeLabels(nodes, order, width, height, hubs = 0) {
  const gap = 3;
  let rank = 0;
  const halo = 1.5; // the labels' white outline (style.css) must not cover a neighbour either
  const placed = [];
  const result = nodes.map(() => null);
  const inFrame = (b) => b.left >= 0 && b.top >= 0 && b.right <= width && b.bottom <= height;
  const hitsLabel = (b) => placed.some((o) => b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom);
  const hitsNode = (b) => nodes.some((n) => {
    const dx = n.x - Math.max(b.left, Math.min(n.x, b.right));
    const dy = n.y - Math.max(b.top, Math.min(n.y, b.bottom));
    return dx * dx + dy * dy < n.r * n.r;
  });
  for (const i of order) {
    const { x, y, r, box } = nodes[i];
    const { width: w, ascent: up, descent: down } = box;
    const middle = y + (up - down) / 2; // the baseline that centres the text on the node
    const c = r * Math.SQRT1_2;
    const candidates = [
      [x + r + gap, middle, 'start'], [x - r - gap, middle, 'end'],
      [x, y - r - gap - down, 'middle'], [x, y + r + gap + up, 'middle'],
      [x + c, y - c - gap - down, 'start'], [x - c, y - c - gap - down, 'end'],
      [x + c, y + c + gap + up, 'start'], [x - c, y + c + gap + up, 'end'],
    ].map(([lx, ly, anchor]) => {
      const left = anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2;
      const b = { left: left - halo, right: left + w + halo, top: ly - up - halo, bottom: ly + down + halo };
      return { x: lx, y: ly, anchor, b };
    });
    const free = candidates.find((k) => inFrame(k.b) && !hitsLabel(k.b) && !hitsNode(k.b));
    // A hub's name matters most: with no free place it may lie over other nodes (drawn above them),
    // and where other hubs' names take all its places, a line or more above or below them.
    const over = !free && rank < hubs ? farther(candidates, up + down + 2 * halo).find((k) => inFrame(k.b) && !hitsLabel(k.b)) : null;
    if (free || over) placed.push((free || over).b);
    const at = free || over || candidates.find((k) => inFrame(k.b)) || candidates[x > width / 2 ? 1 : 0];
    result[i] = { x: at.x, y: at.y, anchor: at.anchor, shown: Boolean(free), over: Boolean(over) };
    rank++;
  }
  return result;
}

/** The label places shifted by 0, -1, 1, ... -4, 4 lines of the given height, the nearest first. */
function farther(candidates, line) {
  return [0, -1, 1, -2, 2, -3, 3, -4, 4].flatMap((k) => candidates.map((c) => ({ ...c, y: c.y + k * line,
    b: { ...c.b, top: c.b.top + k * line, bottom: c.b.bottom + k * line } })));
}
