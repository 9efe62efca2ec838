// The real-photographs bench (issue #23 §8): `make bench-photographs` (and the end of `make
// bench`). Nine camera JPEGs (lib/photographs-pack.mjs: 0.5 to 16.4 MB, up to 5640 px wide)
// replace the shipped illustrations in a copy of the pack, published with update-pack into
// target/bench/dist-photographs (timed cold and unchanged); then the goal table is measured on
// both the shipped dist/ and that copy, and printed side by side. Written to
// target/bench/bench-photographs.json. For the bench only: no figure is asserted.
//   BENCH_RUNS (default 5): first visits per language and build for the phone figures (median)
//   BENCH_PORT (default 8900): the shipped build's port; the photographs' is the next one
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { median } from './lib/measure.mjs';
import { chromiumArgs, chromiumPath, serve } from './lib/serve.mjs';
import { phoneProfile } from './lib/phone-boot.mjs';
import { buildPhotographsPack, fetchPhotographs, ogImages, publishTwice, stripOrder } from './lib/photographs-pack.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const benchDir = join(root, 'target/bench');
const runs = Number(process.env.BENCH_RUNS || 5);
const port = Number(process.env.BENCH_PORT || 8900);
const HOME_WINDOW_MS = 20_000;
const AFTER_SHOWN_MS = 2_000;
// The phone timings at the profile's own screen (phone-boot.mjs sets no device scale: 1 CSS px
// to 1 device px) and again at 2.625, the density of a 412 px wide phone, which the offline row
// uses: the photo sizes a phone fetches, and so the bytes and times, depend on it.
const PHONE_DPR = 2.625;
const SCREENS = [
  { key: 'profile', dpr: 1, label: '1×' },
  { key: 'dense', dpr: PHONE_DPR, label: `${PHONE_DPR}×` },
];
const LANGS = ['en', 'zh'];
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------- the pack and its publish
log(`load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const photographs = fetchPhotographs(join(benchDir, 'photographs'));
const packFolder = join(benchDir, 'pack-photographs');
const { assigned } = buildPhotographsPack(join(root, 'public'), packFolder, photographs);
const shippedPackFolder = join(root, 'public');
log('publishing the shipped pack (cold, unchanged) into target/bench/dist-shipped-publish');
const publishShipped = publishTwice(root, dist, shippedPackFolder, join(benchDir, 'dist-shipped-publish'));
log(`  ${publishShipped.coldSeconds.toFixed(1)} s / ${publishShipped.unchangedSeconds.toFixed(1)} s`);
log('publishing the photographs pack (cold, unchanged) into target/bench/dist-photographs');
const photoDist = join(benchDir, 'dist-photographs');
const publishPhotos = publishTwice(root, dist, packFolder, photoDist);
log(`  ${publishPhotos.coldSeconds.toFixed(1)} s / ${publishPhotos.unchangedSeconds.toFixed(1)} s`);

// ---------------------------------------------------------------- browser measurements
async function throttled(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: phoneProfile.latencyMs,
    downloadThroughput: phoneProfile.downBytesPerSecond,
    uploadThroughput: phoneProfile.upBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: phoneProfile.cpuSlowdown });
  return cdp;
}

const phoneContext = (browser, lang, serviceWorkers, dpr = PHONE_DPR) =>
  browser.newContext({
    viewport: phoneProfile.viewport,
    deviceScaleFactor: dpr,
    isMobile: true,
    hasTouch: true,
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    serviceWorkers,
  });

/// One first visit on the throttled phone (empty cache, no offline copy): the picture bytes in
/// the first 20 s, then a tap on the first photo card in the strips, to its picture shown, and
/// the bytes from the tap until 2 s after that.
async function phoneVisit(browser, url, pack, lang, dpr) {
  const first = stripOrder(pack)[0];
  const context = await phoneContext(browser, lang, 'block', dpr);
  const page = await context.newPage();
  const cdp = await throttled(context, page);
  const requests = new Map();
  const finished = [];
  let collecting = null; // the tap's loadingFinished events, while it is measured
  let askedAfterTap = null; // the requests the tap made (not ones already under way before it)
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: e.request.url, type: e.type, sent: e.timestamp });
    askedAfterTap?.add(e.requestId);
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { type: e.type, status: e.response.status, fromCache: e.response.fromDiskCache || e.response.fromServiceWorker });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId) || {};
    const done = { ...r, bytes: e.encodedDataLength, at: e.timestamp };
    finished.push(done);
    if (collecting && askedAfterTap.has(e.requestId)) collecting.push(done);
  });
  const start = Date.now();
  await page.goto(`${url}?lang=${lang}`, { waitUntil: 'commit' });
  const navSent = Math.min(...[...requests.values()].map((r) => r.sent));
  await page.waitForTimeout(Math.max(0, HOME_WINDOW_MS - (Date.now() - start)));
  const homeImages = finished.filter((f) => f.type === 'Image' && f.at - navSent <= HOME_WINDOW_MS / 1000);
  const inFlight = [...requests.entries()]
    .filter(([id, r]) => r.type === 'Image' && !finished.some((f) => f.url === r.url))
    .map(([, r]) => short(r.url));

  const card = page.locator('.site-strips').getByRole('button', { name: new RegExp(`^${esc(first.title[lang])}`) }).first();
  await card.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500); // what scrolling it into view asks for is not the tap's
  await page.evaluate(() => {
    window.__tap = new Promise((resolve) => {
      addEventListener(
        'pointerdown',
        () => {
          const t0 = performance.now();
          const check = () => {
            const img = document.querySelector('dialog[open] .picture-frame img');
            if (img && img.complete && img.naturalWidth > 0) {
              requestAnimationFrame(() => resolve({ ms: performance.now() - t0, src: img.currentSrc }));
            } else {
              requestAnimationFrame(check);
            }
          };
          check();
        },
        { once: true, capture: true },
      );
    });
  });
  collecting = [];
  askedAfterTap = new Set();
  await card.click();
  const tap = await page.evaluate(() => window.__tap);
  // The open dialog and its picture, by role and name.
  const dialog = page.getByRole('dialog', { name: first.title[lang], exact: true });
  const shownOk = await dialog
    .getByRole('img', { name: first.alt[lang], exact: true })
    .evaluate((img) => img.complete && img.naturalWidth > 0)
    .catch(() => false);
  await page.waitForTimeout(AFTER_SHOWN_MS);
  const tapRequests = collecting;
  collecting = null;
  await context.close();
  return {
    homeImageBytes: homeImages.reduce((s, f) => s + f.bytes, 0),
    homeImages: homeImages.map((f) => ({ url: short(f.url), bytes: f.bytes })),
    homeImagesInFlightAt20s: inFlight,
    tapMs: tap.ms,
    tapShownSrc: short(tap.src),
    tapDialogByRole: shownOk,
    tapBytes: tapRequests.reduce((s, f) => s + f.bytes, 0),
    tapRequests: tapRequests.map((f) => ({ url: short(f.url), type: f.type, bytes: f.bytes })),
  };
}

const short = (u) => (u ? decodeURIComponent(new URL(u).pathname.replace(/^\//, '')) : u);

/// The offline copy a phone keeps: the service worker activated (its install, the precache,
/// done) and in control, then every body in CacheStorage summed.
async function offlineCopy(browser, url) {
  const context = await phoneContext(browser, 'en', 'allow');
  const page = await context.newPage();
  await page.goto(`${url}?lang=en`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const result = await page.evaluate(async () => {
    const giveUp = (what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`no ${what} after 120 s`)), 120_000));
    // active: installed and precached
    const registration = await Promise.race([navigator.serviceWorker.ready, giveUp('active service worker')]);
    if (!navigator.serviceWorker.controller) {
      await Promise.race([
        new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })),
        giveUp('controlling service worker'),
      ]);
    }
    const entries = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        entries.push({ cache: name, url: request.url, bytes: (await response.blob()).size });
      }
    }
    return { worker: registration.active?.scriptURL, state: registration.active?.state, entries };
  });
  await context.close();
  const pictures = result.entries.filter((e) => /\/images\//.test(e.url));
  return {
    worker: result.worker && `${short(result.worker)}${decodeURIComponent(new URL(result.worker).search)}`,
    state: result.state,
    bytes: result.entries.reduce((s, e) => s + e.bytes, 0),
    files: result.entries.length,
    pictureBytes: pictures.reduce((s, e) => s + e.bytes, 0),
    pictureFiles: pictures.length,
    largest: [...result.entries].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((e) => ({ url: short(e.url), bytes: e.bytes })),
  };
}

/// Desktop zoom: the first strip photo opened at 1440 × 900, "Zoom in" pressed twice; the width
/// of the size on screen (its -<w>.webp) before and after.
async function zoom(browser, url, pack) {
  const photo = stripOrder(pack)[0];
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${url}?photo=${photo.id}&lang=en`);
  const dialog = page.getByRole('dialog', { name: photo.title.en, exact: true });
  const img = dialog.getByRole('img', { name: photo.alt.en, exact: true });
  const loaded = () => img.evaluate((i) => (i.complete && i.naturalWidth > 0 ? i.currentSrc : null));
  const waitLoaded = async (different, timeout) => {
    const until = Date.now() + timeout;
    let src = null;
    while (Date.now() < until) {
      src = await loaded().catch(() => null);
      if (src && src !== different) return src;
      await page.waitForTimeout(200);
    }
    return src;
  };
  const before = await waitLoaded(null, 30_000);
  await page.waitForTimeout(500);
  const zoomIn = dialog.getByRole('group', { name: 'Photo zoom', exact: true }).getByRole('button', { name: 'Zoom in', exact: true });
  await zoomIn.click();
  await page.waitForTimeout(400);
  await zoomIn.click();
  const after = await waitLoaded(before, 10_000);
  const scale = await img.evaluate((i) => i.getBoundingClientRect().width / i.offsetWidth);
  await page.close();
  const width = (src) => Number(/-(\d+)\.(webp|jpg)$/.exec(src || '')?.[1]) || null;
  const w0 = width(before);
  const w1 = width(after);
  return { photo: photo.id, before: short(before), after: short(after), beforeWidth: w0, afterWidth: w1, ratio: w0 && w1 ? w1 / w0 : null, drawnScale: scale };
}

async function measure(browser, label, folder, portNo) {
  const server = await serve(folder, portNo, { precompressed: true });
  const pack = JSON.parse(readFileSync(join(folder, 'exhibit.json'), 'utf8'));
  const out = { folder, firstStripPhoto: stripOrder(pack)[0].id, phone: {} };
  try {
    for (const screen of SCREENS) for (const lang of LANGS) {
      const visits = [];
      for (let i = 0; i < runs; i += 1) {
        log(`${label}: phone visit ${lang} at ${screen.label} ${i + 1}/${runs}`);
        const v = await phoneVisit(browser, server.url, pack, lang, screen.dpr).catch((e) => ({ error: String(e) }));
        if (v.error) {
          log(`  failed: ${v.error}`);
          continue;
        }
        visits.push(v);
        log(`  home ${(v.homeImageBytes / 1024).toFixed(1)} KB, tap ${v.tapMs.toFixed(0)} ms (${v.tapShownSrc}), tap bytes ${(v.tapBytes / 1024).toFixed(1)} KB`);
      }
      out.phone[screen.key] ??= {};
      out.phone[screen.key][lang] = {
        homeImageBytes: median(visits.map((v) => v.homeImageBytes)),
        tapMs: median(visits.map((v) => v.tapMs)),
        tapBytes: median(visits.map((v) => v.tapBytes)),
        visits,
      };
    }
    // Each on its own: one that breaks is reported, and the others are still measured.
    log(`${label}: offline copy`);
    out.offline = await offlineCopy(browser, server.url).catch((e) => ({ error: String(e) }));
    log(`${label}: zoom`);
    out.zoom = await zoom(browser, server.url, pack).catch((e) => ({ error: String(e) }));
  } finally {
    server.stop();
  }
  out.ogImages = ogImages(folder);
  writeFileSync(join(benchDir, `bench-photographs-${label}.partial.json`), `${JSON.stringify(out, null, 2)}\n`);
  return out;
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const results = {
  commit: process.env.BENCH_COMMIT || null,
  when: new Date().toISOString(),
  runs,
  phoneProfile,
  screens: SCREENS,
  loadBefore: loadavg(),
  photographs: photographs.map(({ name, width, height, bytes, orientation, photo }) => ({ name, width, height, bytes, orientation, photo })),
  assigned,
};
try {
  results.shipped = await measure(browser, 'shipped', dist, port);
  results.shipped.publish = publishShipped;
  results.photographs_ = await measure(browser, 'photographs', photoDist, port + 1);
  results.photographs_.publish = publishPhotos;
} finally {
  await browser.close();
}
results.loadAfter = loadavg();
results.real = results.photographs_;
delete results.photographs_;

// ---------------------------------------------------------------- the table
const S = results.shipped;
const R = results.real;
const num = (f) => (n) => (typeof n === 'number' && !Number.isNaN(n) ? f(n) : 'failed');
const kb = num((n) => `${(n / 1024).toFixed(1)} KB`);
const ms = num((n) => `${n.toFixed(0)} ms`);
const yes = (ok) => (ok === null ? 'n/a' : ok ? 'yes' : 'NO');
const rows = [['measure', 'shipped illustrations', 'real photographs', 'target', 'met?']];
for (const screen of SCREENS) {
  const s = S.phone[screen.key];
  const r = R.phone[screen.key];
  const at = (lang) => `${lang}, ${screen.label}`;
  for (const lang of LANGS) {
    rows.push([`home screen picture bytes, first 20 s (${at(lang)})`, kb(s[lang].homeImageBytes), kb(r[lang].homeImageBytes), '≤ 200 KB', yes(r[lang].homeImageBytes <= 200 * 1024)]);
  }
  for (const lang of LANGS) {
    const ratio = r[lang].tapMs / s[lang].tapMs;
    rows.push([`tap first strip card → picture shown (${at(lang)})`, ms(s[lang].tapMs), `${ms(r[lang].tapMs)} (${ratio.toFixed(2)}×)`, '≤ 1.5 s, ≤ 2.5×', yes(r[lang].tapMs <= 1500 && ratio <= 2.5)]);
  }
  for (const lang of LANGS) {
    rows.push([`bytes that tap costs, to shown + 2 s (${at(lang)})`, kb(s[lang].tapBytes), kb(r[lang].tapBytes), '≤ 400 KB', yes(r[lang].tapBytes <= 400 * 1024)]);
  }
}
const mb = num((n) => `${(n / 1e6).toFixed(2)} MB`);
rows.push([`offline copy precached on a phone (${PHONE_DPR}×)`, `${mb(S.offline.bytes)} (${S.offline.files} files)`, `${mb(R.offline.bytes)} (${R.offline.files} files)`, '≤ 5 MB', yes(R.offline.bytes <= 5e6)]);
const og = (list) => {
  const withBytes = list.filter((o) => o.bytes);
  if (!withBytes.length) return { text: 'none', ok: false };
  const max = Math.max(...withBytes.map((o) => o.bytes));
  const dims = [...new Set(withBytes.map((o) => `${o.width}×${o.height}`))].join(', ');
  return { text: `max ${(max / 1000).toFixed(1)} kB, ${dims}, ${withBytes.length}/${list.length}`, ok: withBytes.length === list.length && max <= 300_000 && dims === '1200×630' };
};
const ogS = og(S.ogImages);
const ogR = og(R.ogImages);
rows.push(["each photo's og:image", ogS.text, ogR.text, '≤ 300 KB, 1200×630', yes(ogR.ok)]);
const z = (x) => (x.error ? 'failed' : x.ratio ? `${x.beforeWidth} → ${x.afterWidth} px (${x.ratio.toFixed(2)}×)` : `${x.before?.split('/').pop()} (no widths)`);
rows.push(['desktop zoom: size loaded after 2× Zoom in', z(S.zoom), z(R.zoom), '≥ 2× unzoomed width', yes(R.zoom.ratio === null ? false : R.zoom.ratio >= 2)]);
rows.push(['publish, 2 cores: cold', `${S.publish.coldSeconds.toFixed(1)} s`, `${R.publish.coldSeconds.toFixed(1)} s`, '≤ 120 s', yes(R.publish.coldSeconds <= 120)]);
rows.push(['publish, 2 cores: nothing changed', `${S.publish.unchangedSeconds.toFixed(1)} s`, `${R.publish.unchangedSeconds.toFixed(1)} s`, '≤ 10 s', yes(R.publish.unchangedSeconds <= 10)]);

mkdirSync(benchDir, { recursive: true });
writeFileSync(join(benchDir, 'bench-photographs.json'), `${JSON.stringify(results, null, 2)}\n`);
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
const p = phoneProfile;
console.log(`\nphone: ${p.viewport.width}×${p.viewport.height} at ${SCREENS.map((x) => x.label).join(' and ')} device px per CSS px, ${p.latencyMs} ms RTT, ${(p.downBytesPerSecond * 8) / 1e6} Mbit/s down, CPU ${p.cpuSlowdown}×; median of ${runs} first visits per language and density (KB = 1024 bytes)`);
console.log(`load average before ${results.loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${results.loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
console.log('photographs:');
for (const f of results.photographs) console.log(`  ${f.photo.padEnd(24)} ${f.name.padEnd(34)} ${f.width}×${f.height}  ${(f.bytes / 1e6).toFixed(2)} MB`);
console.log('written to target/bench/bench-photographs.json');
