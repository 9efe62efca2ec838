// Measures of the release build shared by the bench and the budget check: bytes on the wire
// and Lighthouse scores.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from './serve.mjs';

/// Raw, gzip and brotli bytes of the first download's wasm and JS (every script the page loads;
/// not the service worker), the CSS, HTML and content pack in `dist`.
export function sizes(dist) {
  const files = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile());
  const kinds = {
    css: files.filter((f) => f.endsWith('.css')),
    html: ['index.html'],
    pack: ['exhibit.json'],
  };
  const result = scriptSizes(dist);
  for (const [kind, names] of Object.entries(kinds)) result[kind] = measure(dist, names);
  return result;
}

/// Raw, gzip and brotli bytes of the wasm and the JS (not the service worker) of the page in
/// `folder`: the exhibit's (dist/) or the studio's (dist/studio/).
export function scriptSizes(folder) {
  const files = readdirSync(folder).filter((f) => statSync(join(folder, f)).isFile());
  return {
    wasm: measure(folder, files.filter((f) => f.endsWith('.wasm'))),
    js: measure(folder, files.filter((f) => f.endsWith('.js') && f !== 'sw.js')),
  };
}

function measure(dist, names) {
  const bytes = Buffer.concat(names.map((n) => readFileSync(join(dist, n))));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function lighthouseRuns(url, preset, runs) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const desktop = (await import('lighthouse/core/config/desktop-config.js')).default;
  const results = [];
  for (let i = 0; i < runs; i += 1) {
    const chrome = await launch({
      chromePath: chromiumPath,
      chromeFlags: ['--headless=new', ...chromiumArgs],
    });
    try {
      const config = preset === 'desktop' ? desktop : undefined;
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.numericValue ?? null;
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: audit('first-contentful-paint'),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        failing: Object.values(lhr.categories)
          .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1).map((r) => r.id)),
      });
    } finally {
      await chrome.kill();
    }
  }
  results.sort((a, b) => a.performance - b.performance);
  return results[Math.floor((results.length - 1) / 2)];
}
