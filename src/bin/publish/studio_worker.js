// The curators' studio's own service worker, written by `publish`: once the studio has been
// opened, it opens again with the network gone, with the published pack it last saw. The
// visitors' worker (../sw.js) leaves the studio alone, and this one caches nothing for visitors.
//
// Everything is network-first: a curator wants the newest studio and the newest published pack.
// Each good answer is kept, and given back when the network fails. The cache is named after this
// build, so a new build's studio never mixes in an older one's files.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const PREFIX = 'shijingshan-studio-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  // The studio is one page with nothing to lose by switching builds: take over at once.
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
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(networkFirst(request));
});

async function networkFirst(request) {
  const key = request.url.split(/[?#]/)[0];
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone()).catch(() => {});
    return response;
  } catch (error) {
    const copy = await cache.match(key);
    if (copy) return copy;
    throw error;
  }
}
