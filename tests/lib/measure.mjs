// In-page measurements shared by the bench, the soak and the profiler: heap after garbage
// collection, a tap's time to the picture, and a synthetic content pack with many hotspots.
import { readFileSync } from 'node:fs';

export function shippedPack() {
  return JSON.parse(readFileSync(new URL('../../public/exhibit.json', import.meta.url)));
}

/// A valid pack with `count` photos spread over the map, reusing the shipped pictures.
export function packWithPhotos(count) {
  const pack = shippedPack();
  const photos = [];
  for (let i = 0; i < count; i += 1) {
    const model = pack.photos[i % pack.photos.length];
    photos.push({
      ...model,
      id: `${model.id}-${i}`,
      order: i,
      hotspot: { x: 0.05 + 0.9 * ((i * 37) % 100) / 100, y: 0.05 + 0.9 * ((i * 61) % 100) / 100 },
    });
  }
  pack.photos = photos;
  return pack;
}

/// JS heap in use after a full garbage collection, and the wasm module's linear memory.
export async function memoryAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  // (A build with the heap-count feature, .ci/build-profile-dist --heap-count, also says how
  // many bytes its heap holds, and the most it ever held.)
  const wasm = await page.evaluate(() => {
    const w = window.__exhibitWasm;
    return {
      wasmMemoryBytes: w?.memory.buffer.byteLength ?? null,
      heapBytes: w?.heap_live_bytes ? w.heap_live_bytes() >>> 0 : undefined,
      heapPeakBytes: w?.heap_peak_bytes ? w.heap_peak_bytes() >>> 0 : undefined,
    };
  });
  await cdp.detach();
  return { jsHeapBytes: usedSize, ...wasm };
}

/// Keeps a handle on the wasm module's exports, its memory among them (trunk announces the
/// module when it starts).
export const captureWasmMemory = () => {
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__exhibitWasm = event.detail.wasm;
  });
};

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/// The exhibit's open photo view's picture (armTap's default; the Leaflet peer passes its own).
export const exhibitPicture = 'dialog[open] .picture-frame img';

/// In the page: arms `window.__open`, which resolves after the next pointerdown with the time
/// (ms) from its handler until the open photo view's picture (`picture`, a selector) is shown,
/// the tap's Event Timing duration (its longest pointerdown, pointerup or click entry; 0 when
/// every entry was under the API's 16 ms floor), and `paintedMs`: from the tap to the frame that
/// put the picture on screen (its Element Timing render time; null if none came). The Event
/// Timing duration ends at the first frame after the tap, whatever that frame shows: the
/// Leaflet peer's is its lightbox fading in, without the picture, which comes frames later.
export function armTap(picture = 'dialog[open] .picture-frame img') {
  window.__open = new Promise((resolve) => {
    let pressed = 0;
    let shownMs = 0;
    const durations = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.startTime >= pressed - 1) durations.push({ name: e.name, duration: e.duration });
      }
    });
    observer.observe({ type: 'event', durationThreshold: 16, buffered: false });
    // Every picture put in the page after the tap is timed when it is first drawn (Element
    // Timing wants the attribute before that: a mutation observer's callback runs before the
    // next frame is drawn).
    const painted = [];
    const paints = new PerformanceObserver((list) => painted.push(...list.getEntries()));
    paints.observe({ type: 'element', buffered: false });
    const tag = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType !== 1) continue;
          for (const img of [node, ...node.querySelectorAll('img')]) {
            if (img.tagName === 'IMG') img.setAttribute('elementtiming', 'after-tap');
          }
        }
      }
    });
    addEventListener('pointerdown', (event) => {
      pressed = event.timeStamp;
      tag.observe(document.body, { childList: true, subtree: true });
      const start = performance.now();
      const check = () => {
        const img = document.querySelector(picture);
        if (img && img.complete && img.naturalWidth > 0) {
          requestAnimationFrame(() => {
            shownMs = performance.now() - start;
            // Event Timing entries arrive after the next paint: give them a moment.
            // (And the picture's Element Timing entry, once it is drawn: a picture that fades
            // in is drawn when it is first visible, up to 2 s.)
            const finish = (waited) => {
              const shown = painted.find((e) => e.element === img);
              if (!shown && waited < 2000) {
                setTimeout(() => finish(waited + 50), 50);
                return;
              }
              observer.disconnect();
              paints.disconnect();
              tag.disconnect();
              const tap = durations.filter((d) => ['pointerdown', 'pointerup', 'click'].includes(d.name));
              const paintedMs = shown ? (shown.renderTime || shown.loadTime) - pressed : null;
              resolve({ shownMs, eventMs: Math.max(0, ...tap.map((d) => d.duration)), paintedMs });
            };
            setTimeout(() => finish(300), 300);
          });
        } else {
          requestAnimationFrame(check);
        }
      };
      check();
    }, { once: true, capture: true });
  });
}

/// How a build under measurement is driven: its ready page, hotspots, open picture and open view.
/// The Leaflet peer (lib/leaflet-peer.mjs) has its own.
export const exhibitBuild = {
  name: 'exhibit',
  query: '?lang=en',
  ready: (page) => page.getByRole('heading', { level: 1 }).waitFor(),
  hotspots: 'button.hotspot',
  picture: exhibitPicture,
  openView: 'dialog[open]',
};

/// Opens `count` photos by clicking hotspots in one page (viewport, CPU slowed `cpuSlowdown`
/// times), closing each with Escape: per open, ms from the press to the picture shown, and the
/// tap's Event Timing duration. `setup(page)` runs before the page loads (an init script, a route).
export async function openPhotos(browser, url, build, { viewport, cpuSlowdown = 1, count, setup }) {
  const page = await browser.newPage({ viewport });
  if (setup) await setup(page);
  await page.goto(`${url}${build.query}`);
  await build.ready(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const hotspots = page.locator(build.hotspots);
  const shownMs = [];
  const eventMs = [];
  const paintedMs = [];
  for (let i = 0; i < count; i += 1) {
    await page.evaluate(armTap, build.picture);
    await hotspots.nth(i % 9).click();
    const open = await page.evaluate(() => window.__open);
    shownMs.push(open.shownMs);
    eventMs.push(open.eventMs);
    paintedMs.push(open.paintedMs);
    await page.keyboard.press('Escape');
    await page.locator(build.openView).waitFor({ state: 'detached' });
  }
  await page.close();
  return { shownMs, eventMs, paintedMs };
}
