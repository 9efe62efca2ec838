// The README's nginx and Caddy blocks, taken from the README as written (so the docs cannot
// drift) and run in Debian's nginx and Caddy under /exhibits/shijingshan/: what a server admin
// sees in the headers, and a visitor's first minutes in Chromium. A CSP violation is a console
// error, which fails the journey. These run the shipped build as deployed (dist/, with the
// shipped pack), so they read the photo and title they look for from the pack in it.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, openMap, searchParam, offlineCopyInControl, releaseDist } from './fixtures.mjs';
import { privatePort } from '../lib/ports.mjs';
import { deployingSection, workspace, startNginx, startCaddy, SUB_PATH } from '../lib/real-servers.mjs';

const testsDir = fileURLToPath(new URL('..', import.meta.url));
// SERVERS_README runs the checks against another README (an older one, to see them fail).
const readme = resolve(testsDir, process.env.SERVERS_README || '../README.md');
const dist = releaseDist;
const pack = JSON.parse(readFileSync(join(dist, 'exhibit.json'), 'utf8'));
const TITLE = pack.title.en;
const PHOTO = [...pack.photos].sort((a, b) => a.order - b.order)[0];
const photoDialog = (page) => page.getByRole('dialog', { name: PHOTO.title.en, exact: true });
const policy = readFileSync(join(testsDir, 'content-security-policy.txt'), 'utf8').trim();
const blocks = deployingSection(readme);

/// Every file a browser may ask for (not the .br/.gz copies the server picks itself).
function servedFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? servedFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : /\.(br|gz)$/.test(entry.name) ? [] : [`${prefix}${entry.name}`],
  );
}
const files = servedFiles(dist);
// Named by content: trunk's `name-<hash>` (a u64 in hex, not zero-padded) and publish's files.
const isHashed = (file) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(file);
const first = (re) => files.find((f) => re.test(f));
const one = {
  html: 'index.html',
  js: first(/^shijingshan-exhibit-.*\.js$/),
  start: first(/^start-.*\.js$/),
  wasm: first(/_bg\.wasm$/),
  css: first(/^exhibit-.*\.css$/),
  json: 'exhibit.json',
  webmanifest: 'manifest.webmanifest',
  svg: 'favicon.svg',
};
const TYPES = {
  html: /^text\/html\b/,
  js: /^(text|application)\/javascript\b/,
  start: /^(text|application)\/javascript\b/,
  wasm: /^application\/wasm$/,
  css: /^text\/css\b/,
  json: /^application\/json\b/,
  webmanifest: /^application\/manifest\+json\b/,
  svg: /^image\/svg\+xml\b/,
};
// trunk prints its hash as a u64 without zero padding, so about one build in 16 has a 15-digit
// one (base-f59aff6869fa028.css, say): the served copy gets such a file too.
const SHORT_HASH = 'base-f59aff6869fa028.css';
files.push(SHORT_HASH);
const photoId = first(/^photos\/[^/]+\/index\.html$/).split('/')[1];
const siteId = first(/^sites\/[^/]+\/index\.html$/).split('/')[1];
const PAGES = ['', 'index.html', `photos/${photoId}/`, `sites/${siteId}/`, 'statistics/'];

test('the README gives the policy the tests send, in every copy of it', () => {
  expect(blocks.policies.length).toBeGreaterThanOrEqual(2);
  for (const quoted of blocks.policies) expect(quoted).toBe(policy);
});

test('every script, wasm module and style sheet in dist but the service worker is named by its content', () => {
  // So the cache check below, which goes by name, covers all of them.
  const code = files.filter((f) => /^[^/]+\.(js|wasm|css)$/.test(f) && f !== 'sw.js');
  expect(code.filter((f) => !isHashed(f))).toEqual([]);
  expect(Object.values(one).every(Boolean)).toBe(true);
});

const SERVERS = [
  { name: 'nginx', start: startNginx, block: blocks.nginx, port: privatePort(14) },
  { name: 'Caddy', start: startCaddy, block: blocks.caddy, port: privatePort(15) },
];

for (const server of SERVERS) {
  test.describe(`the README's ${server.name} block`, () => {
    const base = `http://127.0.0.1:${server.port}${SUB_PATH}`;
    let running;
    let folder;
    test.use({ baseURL: base });

    test.beforeAll(async () => {
      folder = workspace(dist);
      copyFileSync(join(dist, one.css), join(folder.site, SHORT_HASH));
      running = await server.start(server.block, folder, server.port);
    });

    test.afterAll(async () => {
      await running?.stop();
      folder?.remove();
    });

    const get = (path, encodings = 'br, gzip') => fetch(base + path, { headers: { 'accept-encoding': encodings } });

    test('sends html, js, wasm, css, json, web manifest and svg with their content types', async () => {
      const wrong = [];
      for (const [kind, file] of Object.entries(one)) {
        for (const encodings of ['br, gzip', 'identity']) {
          const type = (await get(file, encodings)).headers.get('content-type');
          if (!TYPES[kind].test(type || '')) wrong.push(`${file} (${encodings}): ${type}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    test('sends the precompressed copy to a browser that accepts it, and the file to one that does not', async () => {
      const wrong = [];
      // fetch decodes the body: either way it must be the file itself.
      const same = async (response, file) =>
        Buffer.from(await response.arrayBuffer().catch(() => [])).equals(readFileSync(join(dist, file)));
      for (const file of Object.values(one)) {
        const packed = await get(file);
        const encoding = packed.headers.get('content-encoding');
        if (!/^(br|gzip)$/.test(encoding || '')) wrong.push(`${file}: Content-Encoding ${encoding}`);
        // Without Vary, a cache between server and visitor may hand the packed copy to anyone.
        if (!/accept-encoding/i.test(packed.headers.get('vary') || '')) wrong.push(`${file}: no Vary: Accept-Encoding`);
        if (!(await same(packed, file))) wrong.push(`${file}: the ${encoding} copy is not the file`);
        const plain = await get(file, 'identity');
        if (plain.headers.get('content-encoding') || !(await same(plain, file))) wrong.push(`${file}: not sent as is`);
      }
      expect(wrong).toEqual([]);
    });

    test('every content-hashed file may be cached for a year, every other file is checked each time', async () => {
      const wrong = [];
      for (const file of files) {
        const response = await get(file);
        const expected = isHashed(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
        const got = response.headers.get('cache-control');
        if (response.status !== 200 || got !== expected) wrong.push(`${file}: ${response.status} ${got}`);
      }
      expect(wrong).toEqual([]);
      expect(files.filter(isHashed).length).toBeGreaterThanOrEqual(3);
    });

    test('every page and file carries the Content-Security-Policy', async () => {
      const wrong = [];
      for (const path of [...PAGES, ...files]) {
        const got = (await get(path)).headers.get('content-security-policy');
        if (got !== policy) wrong.push(`${path || '(the folder)'}: ${got}`);
      }
      expect(wrong).toEqual([]);
    });

    test('the exhibit starts, under the sub-path, with the policy in force', async ({ page }) => {
      await openMap(page, undefined, pack);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    });

    test('a link to a photo opens it: the app link and the shared page', async ({ page }) => {
      await page.goto(`?photo=${PHOTO.id}&lang=en`);
      await expect(page.locator('#static-shell')).toHaveCount(0);
      await expect(photoDialog(page)).toBeVisible();
      await page.goto(`photos/${PHOTO.id}/?lang=en`);
      await expect(photoDialog(page)).toBeVisible();
    });

    test('a photo opens from its hotspot on the map', async ({ page }) => {
      await openMap(page, undefined, pack);
      await page.locator(`#hotspot--${PHOTO.id}`).click();
      await expect(photoDialog(page)).toBeVisible();
      await expect.poll(() => searchParam(page, 'photo')).toBe(PHOTO.id);
    });

    test.describe('offline', () => {
      test.use({ serviceWorkers: 'allow' });

      test('after one visit, a reload with no network shows the exhibit and opens a photo', async ({ page, context }) => {
        await openMap(page, undefined, pack);
        await offlineCopyInControl(page);
        await context.setOffline(true);
        await page.reload();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
        await page.locator(`#hotspot--${PHOTO.id}`).click();
        await expect(photoDialog(page)).toBeVisible();
      });
    });
  });
}
