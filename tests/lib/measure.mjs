// In-page measurements shared by the bench and the soak: heap after garbage collection, and a
// synthetic content pack with many hotspots.
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
  const wasm = await page.evaluate(() => window.__exhibitWasmMemory?.buffer.byteLength ?? null);
  await cdp.detach();
  return { jsHeapBytes: usedSize, wasmMemoryBytes: wasm };
}

/// Keeps a handle on the wasm memory (trunk announces the module when it starts).
export const captureWasmMemory = () => {
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__exhibitWasmMemory = event.detail.wasm.memory;
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
