// newsgraph's page: hash routes, one view at a time, each built from the JSON API.
import { h, fill } from './dom.js';
import { searchView } from './search.js';
import { documentView } from './doc.js';
import { quotesView } from './quotes.js';
import { storiesView, storyView } from './stories.js';
import { actorView } from './actor.js';
import { mapView, networkView, timelineView } from './graphs.js';

const VIEWS = {
  search: (main, id, p) => searchView(main, p),
  doc: (main, id) => documentView(main, id),
  actor: (main, id) => actorView(main, id),
  quotes: (main, id, p) => quotesView(main, p),
  stories: (main, id, p) => storiesView(main, p),
  story: (main, id) => storyView(main, id),
  timeline: (main, id, p) => timelineView(main, p),
  network: (main, id, p) => networkView(main, p),
  map: (main, id, p) => mapView(main, p),
};

const TITLES = { search: 'Search', quotes: 'Quotes', stories: 'Stories', timeline: 'Timeline', network: 'Network', map: 'Map' };

/** #/name/id?params as {name, id, params}. */
function parse(hash) {
  const text = hash.replace(/^#\/?/, '');
  const q = text.indexOf('?');
  const path = (q < 0 ? text : text.slice(0, q)).split('/').filter(Boolean);
  return {
    name: path[0] || 'search',
    id: path[1] ? decodeURIComponent(path[1]) : null,
    params: new URLSearchParams(q < 0 ? '' : text.slice(q + 1)),
  };
}

let rendering = 0;

async function render() {
  const { name, id, params } = parse(window.location.hash);
  const view = VIEWS[name];
  const main = document.getElementById('view');
  const ticket = ++rendering;
  const started = performance.now();
  document.body.dataset.state = 'loading';
  for (const link of document.querySelectorAll('nav a')) {
    if (link.dataset.route === name || (name === 'story' && link.dataset.route === 'stories')) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = (TITLES[name] || 'newsgraph') + ' · newsgraph';
  const fresh = h('div', { class: 'view view-' + name });
  try {
    if (!view) throw new Error('no such page: #/' + name);
    await view(fresh, id, params);
  } catch (error) {
    fresh.append(h('p', { class: 'error', role: 'alert', text: 'Could not show this: ' + error.message }));
  }
  if (ticket !== rendering) return; // a newer route is on its way
  fill(main, fresh);
  document.body.dataset.renderMs = String(Math.round(performance.now() - started));
  document.body.dataset.route = name;
  document.body.dataset.renders = String(Number(document.body.dataset.renders || 0) + 1);
  document.body.dataset.state = 'ready';
  const autofocus = main.querySelector('[autofocus]');
  if (autofocus && !params.get('q')) autofocus.focus();
  else main.focus({ preventScroll: false });
  window.scrollTo(0, 0);
}

// Keys: "/" goes to the search box; "g" then a view's letter opens it.
let pendingG = false;
document.addEventListener('keydown', (event) => {
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName);
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === '/') {
    event.preventDefault();
    const box = document.querySelector('input[name=q]');
    if (box) box.focus();
    else window.location.hash = '#/search';
    return;
  }
  if (pendingG) {
    pendingG = false;
    const target = { s: 'search', q: 'quotes', o: 'stories', t: 'timeline', n: 'network', m: 'map' }[event.key];
    if (target) window.location.hash = '#/' + target;
    return;
  }
  pendingG = event.key === 'g';
});

// The skip link moves focus to the view without touching the route.
document.querySelector('a.skip').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('view').focus();
});

window.addEventListener('hashchange', render);
render();
