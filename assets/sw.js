// Offline support (issue 7). Network first, so a new build is picked up
// whenever the network is there; the cache answers when it is not. Only this
// origin's files are ever fetched or stored: nothing leaves the page.
const CACHE = 'jiujiang-app';
// What every screen needs: kept at the first visit.
const SHELL = ['./', 'index.html', 'app.css', 'boot.js', 'jiujiang-app.js', 'jiujiang-app_bg.wasm', 'favicon.svg'];
// What only some uses need (the map layers, the licence texts, the English
// names of industry classes, the rule-data changelog): fetched when
// the page asks for them, and all kept from the second visit on, so that a
// first visit carries only what it uses (issue 16) and the offline copy is
// complete from the second.
const LATER = [
  'licenses/README.txt', 'licenses/ODbL-1.0.txt', 'licenses/LGPL-3.0.txt', 'licenses/GPL-3.0.txt',
  'licenses/cnmaps-MIT.txt', 'licenses/GeoNames-CC-BY-3.0.txt', 'layers/map.bin', 'layers/counties.bin',
  'names_en.tsv', 'changelog.bin',
];
// Stored once a page has told this worker of a visit.
const VISITED = 'visited';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

// A page says "visit" as it starts; the answer says whether the offline copy
// is complete ('complete') or holds the shell and what was used ('partial').
// Each file is added on its own, so one that fails (offline, or gone) does
// not keep the others out; the next visit tries the missing ones again.
async function visit() {
  const cache = await caches.open(CACHE);
  if (!(await cache.match(VISITED))) {
    await cache.put(VISITED, new Response(''));
    return 'partial';
  }
  const missing = [];
  for (const url of LATER) if (!(await cache.match(url))) missing.push(url);
  const added = await Promise.allSettled(missing.map((url) => cache.add(url)));
  return added.every((r) => r.status === 'fulfilled') ? 'complete' : 'partial';
}

// Visits are answered one after another: two pages starting together (a
// reload as the worker installs) must not both count as the first.
let visits = Promise.resolve();
// Files the page fetched before this worker held it (the map's layers on a
// first visit): kept now if the offline copy holds them, from the network
// (or the browser's HTTP cache).
async function keep(urls) {
  const cache = await caches.open(CACHE);
  const held = new Set(LATER.map((u) => new URL(u, self.registration.scope).href));
  const wanted = urls.map((u) => String(u).split('?')[0]).filter((u) => held.has(u));
  await Promise.allSettled(wanted.map(async (u) => { if (!(await cache.match(u))) await cache.add(u); }));
}

self.addEventListener('message', (event) => {
  if (Array.isArray(event.data?.keep)) {
    event.waitUntil(keep(event.data.keep));
    return;
  }
  if (event.data !== 'visit') return;
  const answer = visits.then(visit).catch(() => 'partial');
  visits = answer;
  event.waitUntil(answer.then((state) => event.source?.postMessage({ offline: state })));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

// Offline and not kept: the app's page for a visit to the app; for any other
// page (a licence text never opened) a short page that says so; for a file,
// a failure, so that the app says it is missing instead of reading a web
// page as map data or names.
function missing(req) {
  if (req.mode !== 'navigate') return Response.error();
  const path = new URL(req.url).pathname;
  const scope = new URL(self.registration.scope).pathname;
  if (path === scope || path === scope + 'index.html') return caches.match('index.html');
  return new Response('离线：此文件尚未保存在本浏览器中，请联网后再打开。\nOffline: this file is not kept in this browser yet; open it again when online.\n',
    { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(req, copy));
        }
        return res;
      })
      // Offline: the kept copy, else what missing() says.
      .catch(() => caches.match(req, { ignoreSearch: true }).then((hit) => hit || missing(req))),
  );
});
