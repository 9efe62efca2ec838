// The performance budgets (issue #8), checked by the test command: `node budgets.mjs`.
// Measures the release build in dist/ as a production server sends it (precompressed files,
// kept-alive connections): bytes, and one Lighthouse 12.2.3 mobile run. Budgets are counts and
// bytes only, never timings. Exits non-zero if an enforced budget is broken.
//
// The first download (the main wasm and every script the page loads, brotli) is held to what it
// is: issue #13 replaced #8's 120 KB with "no growth" from 190 KB, and its lazy chunks (the QR
// code, fetched with a kiosk's first photo) brought it to 187.7 KB, so 188 KB; a second
// wasm-opt round (.ci/build-app) took 2.0 KB off and the focus keeper (html.rs) added 0.3 KB:
// 186.3 KB, so 187 KB. Real photographs (issue #23: the web sizes in the pack, srcset and sizes,
// the placeholder colour, the offline copy sized for the screen, the next photos fetched ahead)
// added 2.6 KB: 188.9 KB, so 190 KB. The QR codes written by publish (issue #25: no QR encoder
// and no chunk loader in the app, trunk's own pipeline) took 4.8 KB off: 184.1 KB; zooming into
// the photo (issue #23: pinch, double-tap, wheel, keys, a larger size once zoomed, the first focus
// on Previous) added 5.0 KB: 189.0 KB (193,581 B), so 190 KB, where this figure stood before the
// QR codes moved (issue #24's goal is 187 KB: the zoom's code is to be slimmed). Numbers in
// styles and messages written in integer arithmetic (src/decimals.rs: no float printing in the
// wasm) took 7.3 KB off: 182.7 KB (187,082 B), so 184 KB (clippy-driver's build, which the test
// command measures, and function layout move the brotli size by a few hundred bytes). Issue #24:
// the pack loaded by a task instead of a LocalResource (no async derived signals in the wasm),
// the pack's unknown fields read as a list of names, duplicate ids found in a list and the
// photos ordered by insertion (no hash map, BTreeMap or stable sort) took 14.9 KB off:
// 169.3 KB (173,402 B), so 171 KB.
// The curators' studio (dist/studio/, its own page) is held to its own download: its wasm and
// scripts, brotli: 234.3 KB (239,905 B) with the map's scrolling cues and the list's thumbnails
// (issue #26), rounded up to 236 KB and 4 KB to grow in: 240 KB. The content model's slimming
// (issue #24, above) took it to 231.2 KB (236,734 B): 232 KB and 4 KB to grow in, 236 KB.
// When it shrinks, lower the figure to match. One budget is reported, not enforced, until it is
// met: Lighthouse mobile performance >= 98 (single runs on a 2-core machine vary widely).
import { join } from 'node:path';
import { serve } from './lib/serve.mjs';
import { lighthouseRuns, scriptSizes, sizes } from './lib/release.mjs';

const dist = join(new URL('..', import.meta.url).pathname, 'dist');
const server = await serve(dist, Number(process.env.BUDGET_PORT || 8796), { precompressed: true });
let measured;
try {
  const bytes = sizes(dist);
  const mobile = await lighthouseRuns(server.url, 'mobile', 1);
  measured = { bytes, mobile };
} finally {
  server.stop();
}
const { bytes, mobile } = measured;
// The studio's wasm and its scripts (not its service worker), measured as the exhibit's are.
const studioBytes = scriptSizes(join(dist, 'studio'));
const studioBrotli = studioBytes.wasm.brotli + studioBytes.js.brotli;
const STUDIO_KB = 236;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const budgets = [
  { what: 'Lighthouse mobile accessibility', value: mobile.accessibility, ok: mobile.accessibility === 100, limit: '100', enforced: true },
  { what: 'Lighthouse mobile best practices', value: mobile.bestPractices, ok: mobile.bestPractices === 100, limit: '100', enforced: true },
  { what: 'Lighthouse mobile SEO', value: mobile.seo, ok: mobile.seo === 100, limit: '100', enforced: true },
  { what: 'Cumulative layout shift (mobile)', value: mobile.cls.toFixed(3), ok: mobile.cls <= 0.01, limit: '<= 0.01', enforced: true },
  { what: 'first download: wasm + JS, brotli', value: kb(bytes.wasm.brotli + bytes.js.brotli), ok: bytes.wasm.brotli + bytes.js.brotli <= 171 * 1024, limit: '<= 171 KB', enforced: true },
  { what: 'studio download: wasm + JS, brotli', value: kb(studioBrotli), ok: studioBrotli <= STUDIO_KB * 1024, limit: `<= ${STUDIO_KB} KB`, enforced: true },
  { what: 'Lighthouse mobile performance', value: mobile.performance, ok: mobile.performance >= 98, limit: '>= 98', enforced: false },
];
const width = Math.max(...budgets.map((b) => b.what.length));
let broken = 0;
for (const b of budgets) {
  const status = b.ok ? 'ok' : b.enforced ? 'BROKEN' : 'over (not enforced yet, issue #13)';
  if (!b.ok && b.enforced) broken += 1;
  console.log(`${b.what.padEnd(width)}  ${String(b.value).padStart(9)}  budget ${b.limit.padEnd(9)}  ${status}`);
}
if (mobile.failing.length) console.log(`Lighthouse audits below 100: ${mobile.failing.join(', ')}`);
console.log(broken ? `\n${broken} budget(s) broken` : '\nevery enforced budget holds');
process.exit(broken ? 1 : 0);
