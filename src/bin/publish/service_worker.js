// The exhibit's service worker, written by `publish` for one build: it precaches the app, the
// content pack and every picture, so a kiosk or a phone keeps working with a bad network or none.
// Of a raster photo's web sizes it keeps the two this device shows (its card and its photo
// view, for the screen the page names in the worker's address); other sizes are kept as they
// are first shown.
//
// - Pages and the content pack: the network first, for at most NETWORK_TIMEOUT_MS; a network
//   error, a timeout or a wrong answer (an error status, a captive portal's login page) gets
//   this build's cached copy instead. With no copy, the network's answer or error goes through,
//   so the app shows its own error screen. Neither is written back (see networkFirst).
// - Pictures: the cached copy at once, refreshed in the background for the next visit.
// - App files (named by their content): the cache first.
// - A new build installs its own cache beside this one and waits: it takes over on the next
//   visit, once no page of this build is open, or when a page asks it to ('activate-update').
//   So a page always gets the files of its own build, online or off.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
// Each sized picture: the start of its files' names and its widths ({stem}-{width}.webp).
const SIZED = __SIZED__;
const SIZES = '__SIZES_FOLDER__/';
const PREFIX = 'shijingshan-exhibit-';
const CACHE = PREFIX + VERSION;
// Longer than a slow but working network needs for a page or the pack; short enough that a
// visitor facing a hung server sees the exhibit from the cache well before the app gives up (12 s).
const NETWORK_TIMEOUT_MS = 4000;
// The pictures, by their path in the exhibit's folder.
const PICTURES = /^(images|previews|icons)\/|^favicon\./;
// The exhibit's folder (the worker's scope): the worker answers nothing outside it.
const SCOPE = new URL('./', self.location);
// The curators' studio is not the exhibit: the worker neither caches nor answers it.
const STUDIO = '__STUDIO__/';

// The photo sizes for this device (its screen in the worker's address: sw.js?screen=412x823@2.625):
// its cards' and its photo view's, whichever way up it is held, in device pixels, by the rules
// the page gives the browser (src/picture_widths.rs); for each picture the narrowest size at
// least that wide (its widest if none is).
const LADDER = __LADDER__;
const PHOTO_VIEW = __PHOTO_VIEW__; // up to this viewport width the whole width, then a share, at most
const STRIP_CARD = __STRIP_CARD__; // upright: a share of the width, clamped
const LIST_CARD = __LIST_CARD__; // a card in the list or a site's panel
function sizesForThisDevice() {
  const match = /^(\d+)x(\d+)@([\d.]+)$/.exec(new URL(self.location).searchParams.get('screen') || '');
  if (!match) return [];
  const [w, h, ratio] = match.slice(1).map(Number);
  const [short, long] = [Math.min(w, h), Math.max(w, h)];
  const photoView = (v) => (v <= PHOTO_VIEW[0] ? v : Math.min(PHOTO_VIEW[1] * v, PHOTO_VIEW[2]));
  const card = Math.max(Math.min(Math.max(STRIP_CARD[0] * short, STRIP_CARD[1]), STRIP_CARD[2]), LIST_CARD);
  const wanted = [card, Math.max(photoView(short), photoView(long))].map((css) => {
    const px = css * Math.max(ratio, 1);
    return LADDER.find((l) => l >= px) || LADDER[LADDER.length - 1];
  });
  const files = new Set();
  for (const { stem, widths } of SIZED) {
    for (const want of wanted) {
      const width = widths.find((w) => w >= want) || widths[widths.length - 1];
      files.add(`${stem}-${width}.webp`);
    }
  }
  return [...files];
}

self.addEventListener('install', (event) => {
  // No skipWaiting: an open page of the running build keeps that build until it is closed.
  // The app, its pages and the pack all or nothing; each photo size on its own, so one that
  // cannot be fetched (or does not fit) costs that size, not the whole offline copy.
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
      await Promise.allSettled(sizesForThisDevice().map((url) => cache.add(new Request(url, { cache: 'reload' }))));
    }),
  );
});

self.addEventListener('activate', (event) => {
  // No page of an older build is left open (or one asked for the update), so its files can go.
  // Claiming makes the very first install control the page that installed it.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The kiosk posts this at an idle reset, then reloads: the waiting build takes over at once.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'activate-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE.href)) return;
  const path = new URL(request.url).pathname.slice(SCOPE.pathname.length);
  if (path.startsWith(STUDIO)) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, isPage));
  else if (path === 'exhibit.json') event.respondWith(networkFirst(request, isPack));
  else if (path.startsWith(SIZES)) event.respondWith(cacheFirstAndKeep(request));
  else if (PICTURES.test(path)) event.respondWith(staleWhileRevalidate(event));
  else event.respondWith(cacheFirst(request));
});

// The cache key: the address without its query (`?lang=en` does not change a file).
const keyOf = (request) => request.url.split(/[?#]/)[0];

// A page is one of the exhibit's own HTML pages, which all link its manifest: a captive
// portal's login page, answered with 200 for every address, is not.
async function isPage(response) {
  if (!response.ok || !(response.headers.get('Content-Type') || '').includes('text/html')) return false;
  return (await response.text()).includes('manifest.webmanifest');
}

// The pack is JSON that parses: a login page or an error page answered with 200 is not.
async function isPack(response) {
  if (!response.ok || !(response.headers.get('Content-Type') || '').includes('json')) return false;
  try {
    JSON.parse(await response.text());
    return true;
  } catch {
    return false;
  }
}

function isPicture(response) {
  return response.ok && (response.headers.get('Content-Type') || '').startsWith('image/');
}

// Nothing network-first is written back: pages and the pack do not change within a build (a
// new pack is published as a new build), so another answer can only be another build's, and
// this build's app must find this build's pages and pack when it is offline.
async function networkFirst(request, looksRight) {
  const answer = fetch(request)
    .then(async (response) => ({ response, good: await looksRight(response.clone()) }))
    .catch((error) => ({ error })); // no network, or it broke off mid-answer
  const cache = await caches.open(CACHE);
  const copy = await cache.match(keyOf(request));
  // An address the build has no page for still opens the exhibit when the network is gone.
  const start = request.mode === 'navigate' && !copy ? await cache.match('./') : undefined;
  if (!copy && !start) return passOn(await answer);
  const first = await Promise.race([answer, new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, {}))]);
  if (first.good) return first.response;
  // The server's own answer about an address the build never had (a 404, say) is the truth.
  if (first.response && !copy) return first.response;
  return copy || start;
}

// Stale-while-revalidate: the cached picture now, the server's current one for the next load.
function staleWhileRevalidate(event) {
  const key = keyOf(event.request);
  // Opened before the refresh: one that ends after a newer build has deleted this cache writes
  // into the deleted cache, which stays gone (opening it by name then would create it again).
  const cache = caches.open(CACHE);
  // no-cache: ask the server, not a copy the browser's HTTP cache may still think fresh.
  const fresh = fetch(key, { cache: 'no-cache' }).then(async (response) => {
    if (isPicture(response)) await put(cache, key, response.clone());
    return response;
  });
  event.waitUntil(fresh.catch(() => {}));
  return caches.match(key, { cacheName: CACHE }).then((copy) => copy || fresh);
}

// Only this build's cache: a file another build cached is never mixed in.
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreSearch: true })) || fetch(request);
}

// A photo size (named by its content, so never stale): the cached copy, or the server's, kept
// for the next time it is shown offline.
async function cacheFirstAndKeep(request) {
  const key = keyOf(request);
  const cache = caches.open(CACHE);
  const copy = await (await cache).match(key);
  if (copy) return copy;
  const response = await fetch(request);
  if (isPicture(response)) await put(cache, key, response.clone());
  return response;
}

function passOn({ response, error }) {
  if (response) return response;
  throw error;
}

async function put(cache, key, response) {
  try {
    await (await cache).put(key, response);
  } catch {
    // A full disk keeps the older copy: nothing the visitor needs to know.
  }
}
