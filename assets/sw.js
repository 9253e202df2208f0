// Offline support (issue 7). Network first, so a new build is picked up
// whenever the network is there; the cache answers when it is not. Only this
// origin's files are ever fetched or stored: nothing leaves the page.
const CACHE = 'jiujiang-app';
const SHELL = [
  './', 'index.html', 'app.css', 'boot.js', 'jiujiang-app.js', 'jiujiang-app_bg.wasm', 'favicon.svg',
  'licenses/README.txt', 'licenses/ODbL-1.0.txt', 'licenses/LGPL-3.0.txt', 'licenses/GPL-3.0.txt',
  'licenses/cnmaps-MIT.txt', 'licenses/GeoNames-CC-BY-3.0.txt', 'layers/map.bin', 'layers/counties.bin',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

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
      .catch(() => caches.match(req, { ignoreSearch: true }).then((hit) => hit || caches.match('index.html'))),
  );
});
