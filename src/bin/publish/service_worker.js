// The exhibit's service worker, written by `publish` for one build: it precaches the app, the
// content pack and every picture, so a kiosk or a phone keeps working with no network.
// App files are cached first; pages and the content pack are fetched fresh when the network
// is there and from this build's cache when it is not. A new build installs a new cache and
// deletes the old ones, so an app and a content pack from different builds never meet offline.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const PREFIX = 'shijingshan-exhibit-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const fresh = request.mode === 'navigate' || url.pathname.endsWith('/exhibit.json');
  event.respondWith(fresh ? networkFirst(request) : cacheFirst(request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreSearch: true })) || fetch(request);
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && request.mode !== 'navigate') await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const cached = (await cache.match(request, { ignoreSearch: true })) || (request.mode === 'navigate' && (await cache.match('./')));
    if (cached) return cached;
    throw offline;
  }
}
