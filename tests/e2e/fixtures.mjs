// Shared test setup: every page fails its test on a console error or an uncaught exception,
// and helpers for the content pack and accessibility scans.
//
// The code tests run against the test pack (tests/fixtures/pack), made-up content that the
// served build carries (lib/test-dist.mjs installs it), so a curator's edit to
// public/exhibit.json breaks none of them. Only the tests of the shipped build as deployed
// (servers.spec.mjs) use the shipped pack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

import { TEST_PACK, addressedDist, releaseDist, testDist } from '../lib/test-dist.mjs';
import { startFaultServer } from '../lib/fault-server.mjs';
import { basePort, privatePort } from '../lib/ports.mjs';

/// The folder the Playwright config serves: the release build with the test pack installed.
export const servedDist = testDist(basePort);
export { releaseDist };

/// A fresh copy of the test pack, to change and serve (`servePack`), as published: with the web
/// sizes publish made of its photographs (whose originals the served build does not hold).
export const testPack = () => {
  const pack = JSON.parse(readFileSync(join(TEST_PACK, 'exhibit.json'), 'utf8'));
  let published;
  try {
    published = JSON.parse(readFileSync(join(servedDist, 'exhibit.json'), 'utf8'));
  } catch {
    return pack; // Listing the tests, before the served build is made.
  }
  const sizes = new Map([published.map, ...published.photos].map((p) => [p.image.src, p.image.sizes]));
  for (const picture of [pack.map.image, ...pack.photos.map((p) => p.image)]) {
    if (sizes.get(picture.src)) picture.sizes = sizes.get(picture.src);
  }
  return pack;
};
const pack = testPack();
/// The test pack's photos in visiting order (its `order`, not the file's order).
export const photosInOrder = [...pack.photos].sort((a, b) => a.order - b.order);
export const siteName = (id, lang = 'en') => pack.sites.find((s) => s.id === id).name[lang];
export const hotspotName = (photo) => `${photo.title.en} · ${siteName(photo.site)} — open photo`;
/// Its figures as the exhibit shows them (src/format.rs writes what the browser's Intl wrote
/// for these values), and the sentences screen readers get.
export const FIGURES = {
  en: ['512', '4.56 billion yuan', 'just over two fifths', '1.23 million'],
  zh: ['512', '45.6亿元', '约五分之二', '123万'],
};
export const SENTENCES = {
  en: [
    '512 test organisations counted in the imaginary Test District',
    '4.56 billion yuan test revenue of the imaginary Test District in 2031 · about US$630 million',
    "just over two fifths of the imaginary city's test revenue",
    '1.23 million test visitors counted in one imaginary year',
  ],
};
/// A pack date as the photo view writes it ("February 3, 2031", "2031年2月3日"): the browser's
/// Intl, here, checks src/format.rs's `date`, which replaced it in the app.
export const longDate = (lang, iso) =>
  new Intl.DateTimeFormat(lang === 'zh' ? 'zh-Hans' : 'en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/// The public address the `addressed` build is published for.
export const PUBLIC_ADDRESS = 'https://museum.example/shijingshan/';
const port = basePort;

export const test = base.extend({
  // Service workers would answer requests that tests route; the offline test allows them.
  serviceWorkers: ['block', { option: true }],
  /// The served build published again with a public address (PUBLIC_ADDRESS), as a museum
  /// would before putting up kiosks, on a server of its own (with the CSP, like the others):
  /// { url, folder }.
  addressed: async ({}, use) => {
    const folder = addressedDist(port, PUBLIC_ADDRESS, privatePort(12));
    const server = await startFaultServer(folder, privatePort(12), { csp: true });
    await use({ ...server, folder });
    await server.stop();
  },
  page: async ({ page }, use) => {
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !page.expectedConsoleErrors?.some((re) => re.test(m.text()))) {
        problems.push(`console error: ${m.text()}`);
      }
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await use(page);
    expect(problems, 'the page logged no errors').toEqual([]);
  },
});

/// Lets a test say which console errors it causes on purpose (a 404 it serves, say).
export function allowConsoleErrors(page, ...patterns) {
  page.expectedConsoleErrors = [...(page.expectedConsoleErrors || []), ...patterns];
}

/// Serves `pack` (an object or a string) in place of exhibit.json.
export async function servePack(page, pack) {
  await page.route('**/exhibit.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: typeof pack === 'string' ? pack : JSON.stringify(pack),
    }),
  );
}

/// Opens the exhibit and waits until the app has taken over from the static shell (which has
/// the same heading, and links where the app has buttons).
export async function openExhibit(page, query = '?lang=en') {
  await page.goto(query);
  await expect(page.locator('#static-shell')).toHaveCount(0);
  if (new URLSearchParams(query.split('?')[1] ?? '').has('photo')) {
    // Under the photo (or not-found) view the address opens, the page is not drawn: its
    // heading is there, hidden, and the view is what shows.
    await expect(page.getByRole('heading', { level: 1, includeHidden: true })).toHaveCount(1);
    await expect(page.getByRole('dialog')).toBeVisible();
  } else {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
}

export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/// The map's view as the app wrote it (`translate3d(Xpx,Ypx,0) scale(S)` and `--zoom` on the
/// layer), the map area's size, and the point of the map (0–1 each way) at the area's centre.
export function mapView(page) {
  return page.evaluate(() => {
    const area = document.getElementById('map').getBoundingClientRect();
    const layer = document.querySelector('.map-layer');
    const transform = layer.style.transform;
    const match = /translate3d\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px,\s*0(?:px)?\)\s*scale\((-?[\d.]+)\)/.exec(transform);
    if (!match) throw new Error(`unexpected map transform: "${transform}"`);
    const [x, y, scale] = match.slice(1).map(Number);
    const width = parseFloat(layer.style.width);
    const height = parseFloat(layer.style.height);
    return {
      x,
      y,
      scale,
      zoom: Number(layer.style.getPropertyValue('--zoom')),
      area: `${area.width}x${area.height}`,
      centre: { x: (area.width / 2 - x) / (width * scale), y: (area.height / 2 - y) / (height * scale) },
    };
  });
}

export const mapRegion = (page) => page.getByRole('region', { name: /^(Schematic map of Shougang Park|首钢园示意地图)$/ });
export const searchParam = (page, key) => new URL(page.url()).searchParams.get(key);
export const nextFrames = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/// Opens the exhibit and waits until the app itself (not index.html's inert static shell) shows
/// the map with every hotspot of the pack served (the test pack unless told) in place (on a map
/// too small to tap each one, they are there but hidden, and the sites lead in).
export async function openMap(page, query = '?lang=en', served = pack) {
  await page.goto(query);
  await expect(page.locator('#static-shell')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(mapRegion(page)).toBeVisible();
  await expect(page.locator('#map .hotspot')).toHaveCount(served.photos.length);
  await nextFrames(page);
}

/// Waits until the offline copy (the service worker) has cached the exhibit and controls the page.
export async function offlineCopyInControl(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/// An axe-core scan for WCAG 2.2 A and AA that must find nothing.
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

export { expect };
