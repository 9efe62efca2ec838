// Where the time of a photo opening goes (#24 §1): opens the photos by their hotspots at 4x CPU,
// 1440x900, and prints per open the Event Timing duration of the tap and the time until the
// picture is shown; then the main thread's time by kind (script, style, layout, paint, image
// decode) from a Chromium trace of all the opens, and the functions taking the most time in a
// V8 sampling profile (self and inclusive). Run on a build that keeps function names:
//   make profile-photo-open      (or: .ci/build-profile-dist && node profile-photo-open.mjs DIST)
import { chromium } from '@playwright/test';
import { armTap, median } from './lib/measure.mjs';
import { chromiumArgs, chromiumPath, serve } from './lib/serve.mjs';

const dist = process.argv[2] || new URL('../target/profile-dist', import.meta.url).pathname;
const opens = Number(process.env.OPENS || 12);
const port = Number(process.env.PROFILE_PORT || 8793);

async function openEach(page, count) {
  const hotspots = page.locator('button.hotspot');
  const total = await hotspots.count();
  const results = [];
  for (let i = 0; i < count; i += 1) {
    await page.evaluate(armTap);
    await hotspots.nth(i % total).click();
    results.push(await page.evaluate(() => window.__open));
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await page.waitForTimeout(200);
  }
  return results;
}

/// The trace's main-thread time (ms) by kind, counting only top-level slices of each kind.
function byKind(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const kinds = {
    script: ['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'v8.run'],
    style: ['UpdateLayoutTree', 'RecalculateStyles'],
    layout: ['Layout'],
    paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers'],
    decode: ['Decode Image', 'ImageDecodeTask', 'Decode LazyPixelRef'],
  };
  const totals = Object.fromEntries(Object.keys(kinds).map((k) => [k, 0]));
  const open = {};
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid) continue;
    const kind = Object.keys(kinds).find((k) => kinds[k].includes(e.name));
    if (!kind) continue;
    if (e.ph === 'X') {
      if (!(open[kind] > 0)) totals[kind] += (e.dur || 0) / 1000;
    } else if (e.ph === 'B') {
      open[kind] = (open[kind] || 0) + 1;
      if (open[kind] === 1) open[`${kind}@`] = e.ts;
    } else if (e.ph === 'E' && open[kind] > 0) {
      open[kind] -= 1;
      if (open[kind] === 0) totals[kind] += (e.ts - open[`${kind}@`]) / 1000;
    }
  }
  return totals;
}

/// Self and inclusive time (ms) per function of a V8 CPU profile.
function functions(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const selfUs = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const us = deltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) || 0) + us);
  });
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`;
  const self = new Map();
  const inclusive = new Map();
  for (const [id, us] of selfUs) {
    const n = nodes.get(id);
    self.set(name(n), (self.get(name(n)) || 0) + us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = name(nodes.get(at));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) || 0) + us);
    }
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  // The exhibit's own functions (crate shijingshan_exhibit), by inclusive time.
  const ours = new Map([...inclusive].filter(([k]) => k.includes('shijingshan_exhibit')));
  return { self: top(self, 30), inclusive: top(inclusive, 40), ours: top(ours, 40) };
}

const server = await serve(dist, port);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}?lang=${process.env.PROFILE_LANG || 'en'}`);
  await page.locator('#static-shell').waitFor({ state: 'detached' });
  await page.locator('button.hotspot').first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await openEach(page, 2); // warm-up: every picture's first fetch and compile

  const timed = await openEach(page, opens);
  const shown = timed.map((t) => t.shownMs);
  const event = timed.map((t) => t.eventMs);
  console.log(`photo opens at 4x CPU, 1440x900, ${opens} opens`);
  console.log(`  tap -> picture shown   median ${median(shown).toFixed(0)} ms, max ${Math.max(...shown).toFixed(0)} ms`);
  console.log(`  Event Timing duration  median ${median(event).toFixed(0)} ms, max ${Math.max(...event).toFixed(0)} ms`);
  console.log(`  each: ${timed.map((t) => `${t.eventMs.toFixed(0)}/${t.shownMs.toFixed(0)}`).join(' ')}`);

  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await openEach(page, opens);
  const kinds = byKind(await browser.stopTracing());
  console.log(`main thread per open, by kind (trace of ${opens} opens, open and close)`);
  for (const [k, ms] of Object.entries(kinds)) console.log(`  ${k.padEnd(7)} ${(ms / opens).toFixed(1)} ms`);

  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await openEach(page, opens);
  const { profile } = await cdp.send('Profiler.stop');
  const { self, inclusive, ours } = functions(profile);
  console.log(`V8 sampling profile of ${opens} opens (totals; divide by ${opens} per open)`);
  console.log('  self time:');
  for (const line of self) console.log(`  ${line}`);
  console.log('  inclusive time:');
  for (const line of inclusive) console.log(`  ${line}`);
  console.log('  the exhibit\'s own functions, inclusive time:');
  for (const line of ours) console.log(`  ${line}`);
} finally {
  await browser.close();
  server.stop();
}
