// Leak probe: repeats one kiosk action against dist/ and reports, after forced garbage
// collection, how the JS heap, the wasm memory and the DOM grow per repetition. Used to find
// which action leaks before reaching for heap snapshots. Wasm memory should stay flat. Early JS
// heap growth is mostly V8 compiling code (Playwright's injected script is in the same heap),
// not objects kept alive: compare heap snapshots by constructor before calling it a leak.
//   node probe.mjs toggle|photo|stats|lang|cycle [repetitions=150] [report every=50]
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { captureWasmMemory, memoryAfterGc } from './lib/measure.mjs';
import { chromiumArgs, chromiumPath, serve } from './lib/serve.mjs';

const [action = 'cycle', times = '150', every = '50'] = process.argv.slice(2);
const dist = join(new URL('..', import.meta.url).pathname, 'dist');
const server = await serve(dist, Number(process.env.PROBE_PORT || 8792));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await page.addInitScript(captureWasmMemory);
  await page.goto(`${server.url}?mode=kiosk&lang=en`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const close = async () => {
    await page.getByRole('button', { name: /^Close$|^关闭$/ }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  };
  const language = (i) => page.getByRole('button', { name: i % 2 === 0 ? '中文' : 'English' }).first();
  const actions = {
    toggle: () => page.locator('.masthead-tools .tool-button').first().click(),
    stats: async () => {
      await page.locator('#open-statistics').click();
      await close();
    },
    photo: async (i) => {
      await page.locator('button.hotspot').nth(i % 9).click();
      await close();
    },
    lang: (i) => language(i).click(),
    cycle: async (i) => {
      await actions.photo(i);
      await page.mouse.move(960, 600);
      await page.mouse.wheel(0, -120);
      await page.mouse.wheel(0, 120);
      await language(i).click();
    },
  };
  const run = actions[action];
  if (!run) throw new Error(`unknown action ${action}: one of ${Object.keys(actions).join(', ')}`);
  const measure = async () => {
    const memory = await memoryAfterGc(page);
    const cdp = await page.context().newCDPSession(page);
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    await cdp.detach();
    return { ...memory, nodes, jsEventListeners };
  };
  for (let i = 0; i < 10; i += 1) await run(i);
  const base = await measure();
  for (let i = 0; i < Number(times); i += 1) {
    await run(i);
    if ((i + 1) % Number(every) === 0) {
      const now = await measure();
      const per = (key) => ((now[key] - base[key]) / (i + 1)).toFixed(1);
      console.log(
        `${action} ×${i + 1}: JS heap +${per('jsHeapBytes')} B, wasm memory +${per('wasmMemoryBytes')} B, ` +
          `DOM nodes +${per('nodes')}, listeners +${per('jsEventListeners')} per repetition`,
      );
    }
  }
} finally {
  await browser.close();
  server.stop();
}
