// The all-day soak: `make soak`. 1,000 scripted kiosk cycles (open a photo, next, close, pan,
// zoom, switch language) against the release build; reports the JS heap and the wasm memory
// after load and after the run, both after garbage collection, and fails loudly if either grew
// by more than 10 % (the leak `Scoped` works around grew the wasm memory, not the JS heap).
// Every SOAK_EVERY cycles (default 100) it prints both again, the wasm memory also in 64 KB
// pages, so a long run (#24 §4: SOAK_CYCLES=3000) shows whether the wasm memory stays flat.
// SOAK_HEAP=1 runs the build in target/heap-dist (`.ci/build-profile-dist --heap-count`), whose
// wasm also counts its heap: the bytes held and the most ever held (the allocator's high-water
// mark), which tell a leak of a few bytes per cycle from the allocator's own free lists.
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { captureWasmMemory, memoryAfterGc } from './lib/measure.mjs';
import { chromiumArgs, chromiumPath, serve } from './lib/serve.mjs';

const cycles = Number(process.env.SOAK_CYCLES || 1000);
const every = Number(process.env.SOAK_EVERY || 100);
const allowedGrowth = 0.1;
const wasmPage = 64 * 1024;
const dist = join(new URL('..', import.meta.url).pathname, process.env.SOAK_HEAP ? 'target/heap-dist' : 'dist');
const server = await serve(dist, Number(process.env.SOAK_PORT || 8791));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await page.addInitScript(captureWasmMemory);
  await page.goto(`${server.url}?mode=kiosk&lang=en`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const map = page.getByRole('region', { name: 'Schematic map of Shougang Park' });
  const box = await map.boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const hotspots = page.locator('button.hotspot');

  const cycle = async (i) => {
    await hotspots.nth(i % 9).click();
    await page.getByRole('button', { name: /Next photo|下一张/ }).click();
    await page.getByRole('button', { name: /^Close$|^关闭$/ }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -120);
    await page.mouse.down();
    await page.mouse.move(cx + 80, cy + 40, { steps: 3 });
    await page.mouse.up();
    await page.mouse.wheel(0, 120);
    await page.getByRole('button', { name: i % 2 === 0 ? '中文' : 'English' }).click();
  };
  // Warm up so the baseline holds what a running exhibit holds (fonts, pictures, caches, and
  // the code V8 compiles for the cycle). The heap measured is the page's whole V8 isolate,
  // Playwright's injected script included: after only 10 cycles V8 was still optimising that
  // script's locator and hit-target code and the exhibit's JS glue, which was all of the
  // growth a 1000-cycle run then measured (+334 KB, with no JS objects accumulating).
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const line = (label, m) =>
    console.log(`${label}: JS heap ${kb(m.jsHeapBytes)}, wasm memory ${kb(m.wasmMemoryBytes)} (${m.wasmMemoryBytes / wasmPage} pages)` +
      (m.heapBytes === undefined ? '' : `, wasm heap ${m.heapBytes} B held, at most ${m.heapPeakBytes} B`));
  line('after load', await memoryAfterGc(page));
  for (let i = 0; i < 100; i += 1) await cycle(i);
  const before = await memoryAfterGc(page);
  line('after 100 warm-up cycles', before);
  const started = Date.now();
  for (let i = 0; i < cycles; i += 1) {
    await cycle(i);
    if ((i + 1) % every === 0) line(`${i + 1} cycles, ${((Date.now() - started) / 1000).toFixed(0)} s`, await memoryAfterGc(page));
  }
  const after = await memoryAfterGc(page);
  console.log(`JS heap after load:  ${kb(before.jsHeapBytes)}   wasm memory: ${kb(before.wasmMemoryBytes)}`);
  console.log(`JS heap after ${cycles} cycles: ${kb(after.jsHeapBytes)}   wasm memory: ${kb(after.wasmMemoryBytes)}`);
  for (const [name, key] of [['JS heap', 'jsHeapBytes'], ['wasm memory', 'wasmMemoryBytes']]) {
    if (!before[key] || !after[key]) {
      console.error(`SOAK FAILED: the ${name} could not be measured`);
      failed = true;
      continue;
    }
    const growth = after[key] / before[key] - 1;
    console.log(`${name} growth: ${(growth * 100).toFixed(1)} % (allowed ${allowedGrowth * 100} %)`);
    if (growth > allowedGrowth) {
      console.error(`SOAK FAILED: the ${name} grew by ${(growth * 100).toFixed(1)} % over ${cycles} cycles`);
      failed = true;
    }
  }
} finally {
  await browser.close();
  server.stop();
}
process.exit(failed ? 1 : 0);
