// #/timeline, #/network and #/map : the events a filter selects, over time, between actors, and
// on the world map.
import { api, QUAD_CLASSES } from './api.js';
import { h, s, route } from './dom.js';
import { barChart, layout, placeLabels, QUAD_COLOURS, textBox } from './charts.js';
import { choice, eventFields, field, filterForm } from './form.js';

/** How many of the most connected actors keep their label even where it must lie over other nodes. */
const HUB_LABELS = 5;

/** The font size of the network's labels, in the picture's units (placeLabels measures at it). */
const LABEL_SIZE = 12;

function eventFilter(p) {
  const f = {};
  for (const k of ['source', 'target', 'root', 'quad', 'from', 'to']) f[k] = p.get(k);
  return f;
}

export async function timelineView(main, p) {
  const granularity = p.get('granularity') || 'month';
  main.append(h('h1', { text: 'Timeline of events' }), filterForm('timeline', 'Filter the events', [
    ...eventFields(p),
    choice('Period', 'granularity', granularity, [['day', 'day'], ['week', 'week'], ['month', 'month'], ['year', 'year']]),
  ]));
  const periods = await api('timeline', { ...eventFilter(p), granularity });
  const total = periods.reduce((t, x) => t + x.events, 0);
  main.append(h('p', { class: 'count', role: 'status', text: `${total} events in ${periods.length} periods, stacked by QuadClass` }));
  main.append(barChart({
    labels: periods.map((x) => x.period),
    series: [1, 2, 3, 4].map((q) => ({ name: QUAD_CLASSES[q], colour: QUAD_COLOURS[q], values: periods.map((x) => x.byQuadClass[q - 1]) })),
    stacked: true,
    label: `Events per ${granularity}, stacked by QuadClass: ${total} in all`,
  }));
}

export async function networkView(main, p) {
  const limit = p.get('limit') || '80';
  main.append(h('h1', { text: 'Actor network' }), filterForm('network', 'Filter the events', [
    ...eventFields(p), field('Most edges', 'limit', limit, { type: 'number', min: 1, max: 1000, size: 5 }),
  ]));
  const net = await api('network', { ...eventFilter(p), limit });
  const width = 1000;
  const height = 640;
  const pos = layout(net.nodes, net.edges, width, height);
  const at = new Map(net.nodes.map((n, i) => [n.id, pos[i]]));
  const weight = new Map();
  for (const e of net.edges) {
    weight.set(e.source, (weight.get(e.source) || 0) + e.events);
    weight.set(e.target, (weight.get(e.target) || 0) + e.events);
  }
  const label = `Actor network: ${net.nodes.length} actors, ${net.edges.length} links; blue cooperation, red conflict`;
  const svg = s('svg', { class: 'network', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label },
    s('title', { text: label }),
    s('defs', {}, ['coop', 'conflict'].map((k) => s('marker', { id: 'arrow-' + k, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' },
      s('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow ' + k })))));
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  const radius = (id) => 5 + Math.sqrt(weight.get(id) || 1) * 2;
  for (const e of net.edges) {
    const a = at.get(e.source);
    const t = at.get(e.target);
    // The line stops at the target's rim, so that its arrowhead shows.
    const d = Math.max(Math.hypot(t.x - a.x, t.y - a.y), 0.01);
    const cut = Math.min(radius(e.target) + 2, d / 2);
    const b = { x: t.x - ((t.x - a.x) / d) * cut, y: t.y - ((t.y - a.y) / d) * cut };
    const coop = e.byQuadClass[0] + e.byQuadClass[1];
    const conflict = e.byQuadClass[2] + e.byQuadClass[3];
    const kind = conflict > coop ? 'conflict' : 'coop';
    const names = [e.source, e.target].map((id) => (net.nodes.find((n) => n.id === id) || {}).name);
    svg.append(s('line', { class: 'edge ' + kind, x1: a.x, y1: a.y, x2: b.x, y2: b.y,
      'stroke-width': 1 + (4 * e.events) / maxEdge, 'marker-end': `url(#arrow-${kind})` },
    s('title', { text: `${names[0]} → ${names[1]}: ${e.events} events (${coop} cooperation, ${conflict} conflict)` })));
  }
  // Labels are placed after the layout, the most connected actors first; one with no free place
  // is hidden and drawn on top of the picture while its node is pointed at or has the focus.
  const degree = new Map();
  for (const e of net.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) || 0) + 1);
  const order = net.nodes.map((_, i) => i).sort((i, j) => (degree.get(net.nodes[j].id) || 0) - (degree.get(net.nodes[i].id) || 0)
    || (weight.get(net.nodes[j].id) || 0) - (weight.get(net.nodes[i].id) || 0) || i - j);
  const labels = placeLabels(net.nodes.map((n, i) => ({ x: pos[i].x, y: pos[i].y, r: radius(n.id), box: textBox(n.name, LABEL_SIZE) })),
    order, width, height, HUB_LABELS);
  // The hubs' labels that had to lie over other nodes are drawn above all nodes.
  const hubs = s('g', { class: 'hubs', 'aria-hidden': 'true' },
    ...net.nodes.flatMap((n, i) => (labels[i].over ? [labelOf(n.name, { ...labels[i], shown: true })] : [])));
  const front = s('g', { class: 'front', 'aria-hidden': 'true' });
  let pointed = null;
  let focused = null;
  const showFront = () => {
    const n = pointed ?? focused;
    front.replaceChildren(...(n === null ? [] : [labelOf(net.nodes[n].name, labels[n])]));
  };
  net.nodes.forEach((n, i) => {
    const crowded = !labels[i].shown;
    svg.append(s('a', { href: route('actor', n.id), class: 'node type-' + n.type.toLowerCase(), 'aria-label': `${n.name}, ${n.type.toLowerCase()}: open the dossier`,
      onpointerenter: crowded && (() => { pointed = i; showFront(); }), onpointerleave: crowded && (() => { pointed = null; showFront(); }),
      onfocus: crowded && (() => { focused = i; showFront(); }), onblur: crowded && (() => { focused = null; showFront(); }) },
    s('circle', { cx: pos[i].x, cy: pos[i].y, r: radius(n.id) }),
    labelOf(n.name, labels[i]),
    s('title', { text: `${n.name} (${n.type}): ${weight.get(n.id) || 0} events; open the dossier` })));
  });
  svg.append(hubs, front);
  main.append(h('p', { class: 'count', role: 'status', text: label }),
    h('ul', { class: 'legend' }, h('li', {}, h('span', { class: 'swatch coop' }), 'mostly cooperation (QuadClass 1–2)'),
      h('li', {}, h('span', { class: 'swatch conflict' }), 'mostly conflict (QuadClass 3–4)')),
    h('figure', { class: 'network' }, svg));
}

/** The label of a network node where placeLabels put it; hidden (class crowded) where it found no room. */
function labelOf(name, at) {
  return s('text', { x: at.x, y: at.y, 'text-anchor': at.anchor, 'font-size': LABEL_SIZE, class: at.shown ? null : 'crowded', text: name });
}

/** A world map: country outlines from world-atlas, event places as circles sized by count. */
export async function mapView(main, p) {
  main.append(h('h1', { text: 'Map of events' }), filterForm('map', 'Filter the events', eventFields(p)));
  const [world, places] = await Promise.all([
    fetch('/web/vendor/world-atlas/countries-110m.json').then((r) => r.json()),
    api('places', { ...eventFilter(p), limit: 1000 }),
  ]);
  const width = 960;
  const height = 480;
  const x = (lon) => ((lon + 180) / 360) * width;
  const y = (lat) => ((90 - lat) / 180) * height;
  const total = places.reduce((t, pl) => t + pl.events, 0);
  const label = `World map of ${total} events at ${places.length} places`;
  const svg = s('svg', { class: 'map', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label },
    s('title', { text: label }), s('rect', { class: 'sea', x: 0, y: 0, width, height }));
  const countries = window.topojson.feature(world, world.objects.countries).features;
  for (const c of countries) {
    svg.append(s('path', { class: 'country', d: pathOf(c.geometry, x, y) }, s('title', { text: c.properties.name })));
  }
  const max = Math.max(1, ...places.map((pl) => pl.events));
  for (const pl of [...places].reverse()) {
    const q = 1 + pl.byQuadClass.indexOf(Math.max(...pl.byQuadClass));
    const circle = s('circle', { class: 'place q' + q, cx: x(pl.lon), cy: y(pl.lat), r: 3 + 12 * Math.sqrt(pl.events / max) },
      s('title', { text: `${pl.name || '?'} (${pl.country || '?'}): ${pl.events} events, ${pl.byQuadClass.map((n, i) => n + ' ' + QUAD_CLASSES[i + 1].toLowerCase()).join(', ')}` }));
    circle.style.fill = QUAD_COLOURS[q];
    svg.append(circle);
  }
  main.append(h('p', { class: 'count', role: 'status', text: label + '; circles coloured by their most frequent QuadClass' }),
    h('figure', { class: 'map' }, svg),
    h('details', {}, h('summary', { text: 'The places' }), h('div', { class: 'scroll' }, h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, ['Place', 'Country', 'Events', 'Lat', 'Lon'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, places.map((pl) => h('tr', {}, [pl.name, pl.country, pl.events, pl.lat.toFixed(2), pl.lon.toFixed(2)].map((v) => h('td', { text: v ?? '' })))))))));
}

/** An SVG path of a GeoJSON (multi)polygon, equirectangular; a ring is cut where it jumps across the antimeridian. */
function pathOf(geometry, x, y) {
  if (!geometry) return '';
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let last = null;
      ring.forEach(([lon, lat], i) => {
        const jump = last !== null && Math.abs(lon - last) > 180;
        d += (i === 0 || jump ? 'M' : 'L') + x(lon).toFixed(1) + ',' + y(lat).toFixed(1);
        last = lon;
      });
      d += 'Z';
    }
  }
  return d;
}
