// DOM helpers. Every piece of data reaches the page through textContent or a checked attribute,
// never parsed as markup: article text, titles and names are untrusted.

const SVG = 'http://www.w3.org/2000/svg';

/** Sets attributes, properties and listeners of an element, then appends the children. */
function build(node, props, children) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.setAttribute('class', value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element: h('a', {href: '#/x', text: 'x'}, ...children). */
export function h(tag, props, ...children) {
  return build(document.createElement(tag), props, children);
}

/** An SVG element. */
export function s(tag, props, ...children) {
  return build(document.createElementNS(SVG, tag), props, children);
}

/** Only the page's own routes and http(s) addresses may become links. */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith('#/') || text.startsWith('/api/')) return text;
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch (e) {
    // not an address
  }
  return '#';
}

/** A route link: route('actor', 12) is #/actor/12; params are added as a query string. */
export function route(name, id, params) {
  let hash = '#/' + name + (id === undefined || id === null ? '' : '/' + encodeURIComponent(id));
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  const q = query.toString();
  return q ? hash + '?' + q : hash;
}

/** Text with the given words marked (case ignored), as text nodes and <mark> elements. */
export function marked(text, words) {
  const wanted = words.filter((w) => w.length > 1).map((w) => w.toLowerCase());
  if (!wanted.length) return [document.createTextNode(text)];
  const pattern = new RegExp(
    '(' + wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')',
    'gi',
  );
  return text
    .split(pattern)
    .map((piece, i) => (i % 2 ? h('mark', { text: piece }) : document.createTextNode(piece)));
}

/** Replaces the children of a node. */
export function fill(node, ...children) {
  node.replaceChildren();
  build(node, {}, children);
  return node;
}
