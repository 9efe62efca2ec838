// The bench: `make bench`. Measures the release build in dist/ and prints one table; writes the
// same figures as JSON to target/bench/bench.json for comparing commits.
//   sizes of wasm, JS, CSS, HTML and the content pack (raw, gzip, brotli)
//   Lighthouse 12.2.3, mobile and desktop presets, median of 3 runs
//   hotspot tap to visible picture, 50 opens, with and without 4x CPU throttling
//   frame times during a scripted pan and zoom, 9 and 200 hotspots
//   JS heap after load and after 200 open/close cycles
//   a first visit on a throttled phone (lib/phone-boot.mjs), median of 5, English and a Chinese
//   browser: time to the first tappable place or hotspot, largest paint, CLS, request starts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { captureWasmMemory, exhibitBuild, median, memoryAfterGc, openPhotos, packWithPhotos, percentile } from './lib/measure.mjs';
import { chromiumArgs, chromiumPath, serve } from './lib/serve.mjs';
import { lighthouseRuns, sizes } from './lib/release.mjs';
import { phoneBoot, phoneProfile } from './lib/phone-boot.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const port = Number(process.env.BENCH_PORT || 8790);
const quick = process.argv.includes('--quick');


async function newPage(browser, url, pack) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(captureWasmMemory);
  if (pack) {
    await page.route('**/exhibit.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(pack) }));
  }
  await page.goto(`${url}?lang=en`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/// Milliseconds from a hotspot press to the photo's picture showing, `count` times.
async function tapToPicture(browser, url, cpuSlowdown, count) {
  const { shownMs } = await openPhotos(browser, url, exhibitBuild, {
    viewport: { width: 1280, height: 800 },
    cpuSlowdown,
    count,
    setup: (page) => page.addInitScript(captureWasmMemory),
  });
  return { medianMs: median(shownMs), p95Ms: percentile(shownMs, 95) };
}

/// Frame intervals while the map is dragged and wheel-zoomed for a few seconds.
async function panZoomFrames(browser, url, hotspots) {
  const page = await newPage(browser, url, hotspots === 9 ? null : packWithPhotos(hotspots));
  const map = page.getByRole('region', { name: 'Schematic map of Shougang Park' });
  const box = await map.boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__frames.length < 100000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  for (let round = 0; round < 4; round += 1) {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, -60);
    await page.mouse.down();
    for (let i = 0; i < 30; i += 1) await page.mouse.move(cx + Math.sin(i / 5) * 200, cy + Math.cos(i / 5) * 120);
    await page.mouse.up();
    for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, 60);
  }
  const frames = (await page.evaluate(() => window.__frames)).slice(2);
  await page.close();
  return { frames: frames.length, medianMs: median(frames), p95Ms: percentile(frames, 95), maxMs: Math.max(...frames) };
}

async function heapAfterCycles(browser, url, cycles) {
  const page = await newPage(browser, url);
  const afterLoad = await memoryAfterGc(page);
  const hotspots = page.locator('button.hotspot');
  for (let i = 0; i < cycles; i += 1) {
    await hotspots.nth(i % 9).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  }
  const afterRun = await memoryAfterGc(page);
  await page.close();
  return { cycles, afterLoad, afterRun };
}

const kb = (n) => (n / 1024).toFixed(1);
const server = await serve(dist, port, { precompressed: true });
const results = { commit: process.env.BENCH_COMMIT || null, when: new Date().toISOString(), sizes: sizes(dist) };
try {
  results.lighthouse = {
    mobile: await lighthouseRuns(server.url, 'mobile', 3),
    ...(quick ? {} : { desktop: await lighthouseRuns(server.url, 'desktop', 3) }),
  };
  if (!quick) {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    results.phoneBoot = await phoneBoot(browser, server.url, 5);
    results.tapToPicture = {
      unthrottled: await tapToPicture(browser, server.url, 1, 50),
      cpu4x: await tapToPicture(browser, server.url, 4, 50),
    };
    results.panZoomFrames = {
      hotspots9: await panZoomFrames(browser, server.url, 9),
      hotspots200: await panZoomFrames(browser, server.url, 200),
    };
    results.heap = await heapAfterCycles(browser, server.url, 200);
    await browser.close();
  }
} finally {
  server.stop();
}

mkdirSync(join(root, 'target/bench'), { recursive: true });
writeFileSync(join(root, 'target/bench/bench.json'), `${JSON.stringify(results, null, 2)}\n`);

const rows = [['measure', 'value']];
for (const [kind, s] of Object.entries(results.sizes)) {
  rows.push([`${kind} KB raw / gzip / brotli`, `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`]);
}
rows.push(['first download: wasm + JS KB brotli', kb(results.sizes.wasm.brotli + results.sizes.js.brotli)]);
for (const [preset, l] of Object.entries(results.lighthouse)) {
  rows.push([`Lighthouse ${preset}: perf / a11y / best / SEO`, `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}`]);
  rows.push([`Lighthouse ${preset}: FCP / LCP / TBT ms, CLS`, `${l.fcpMs?.toFixed(0)} / ${l.lcpMs?.toFixed(0)} / ${l.tbtMs?.toFixed(0)}, ${l.cls?.toFixed(3)}`]);
  if (l.failing.length) rows.push([`Lighthouse ${preset}: audits below 100`, l.failing.join(', ')]);
}
if (results.phoneBoot) {
  const p = phoneProfile;
  const profile = `${p.viewport.width}x${p.viewport.height}, ${p.latencyMs} ms RTT, ${(p.downBytesPerSecond * 8) / 1e6} Mbit/s, CPU ${p.cpuSlowdown}x`;
  for (const [lang, b] of Object.entries(results.phoneBoot)) {
    rows.push([`phone first visit (${lang}; ${profile}): tappable / LCP / app live ms, CLS`, `${b.tappableMs.toFixed(0)} / ${b.lcpMs.toFixed(0)} / ${b.liveMs.toFixed(0)}, ${b.cls.toFixed(3)}`]);
  }
}
if (results.tapToPicture) {
  for (const [k, t] of Object.entries(results.tapToPicture)) rows.push([`tap to picture (${k}) median / p95 ms`, `${t.medianMs.toFixed(1)} / ${t.p95Ms.toFixed(1)}`]);
  for (const [k, f] of Object.entries(results.panZoomFrames)) rows.push([`pan+zoom frames (${k}) median / p95 / max ms`, `${f.medianMs.toFixed(1)} / ${f.p95Ms.toFixed(1)} / ${f.maxMs.toFixed(1)}`]);
  const h = results.heap;
  rows.push([`JS heap KB after load / after ${h.cycles} cycles`, `${kb(h.afterLoad.jsHeapBytes)} / ${kb(h.afterRun.jsHeapBytes)}`]);
  rows.push([`wasm memory KB after load / after ${h.cycles} cycles`, `${kb(h.afterLoad.wasmMemoryBytes)} / ${kb(h.afterRun.wasmMemoryBytes)}`]);
}
const width = Math.max(...rows.map((r) => r[0].length));
for (const [a, b] of rows) console.log(`${a.padEnd(width)}  ${b}`);
console.log(`\nwritten to target/bench/bench.json`);
