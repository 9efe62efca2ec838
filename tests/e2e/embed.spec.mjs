// Embed mode inside another page's iframe: fits without scrollbars, reports its events by
// postMessage only to origins the content pack allows, and shows only inside pages the
// Content-Security-Policy's frame-ancestors lists.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../lib/serve.mjs';
import { servePolicy } from '../lib/policy-host.mjs';
import { privatePort } from '../lib/ports.mjs';
import {
  test, expect, testPack, photosInOrder, siteName, servePack, allowConsoleErrors, servedDist, escapeRegExp,
} from './fixtures.mjs';

// The host pages are real pages on other loopback ports (other origins): Chrome will not let a
// page it cannot place on the local network frame a loopback address.
const hostPort = privatePort(10);
const HOST = `http://127.0.0.1:${hostPort}`;
const OTHER = `http://127.0.0.1:${hostPort + 1}`;
const UNLISTED = `http://127.0.0.1:${hostPort + 2}`;
// The exhibit is served with the README's policy, its frame-ancestors listing the two host
// pages a museum would (HOST and OTHER), as the README tells it to.
const exhibitPort = privatePort(13);
const exhibitUrl = `http://127.0.0.1:${exhibitPort}/`;
const testsDir = fileURLToPath(new URL('..', import.meta.url));
const readmePolicy = readFileSync(join(testsDir, 'content-security-policy.txt'), 'utf8').trim();
const policy = readmePolicy.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${HOST} ${OTHER}`);
const hostPage = readFileSync(new URL('../embed-host.html', import.meta.url), 'utf8');
const servers = [];
let folder;
const PHOTO = photosInOrder[1];
/// Opens PHOTO as a visitor does in a small frame, where the hotspots are gathered into the
/// sites: its site, then the photo in the site's list.
async function openPhoto(frame) {
  await frame.getByRole('button', { name: new RegExp(`^${escapeRegExp(siteName(PHOTO.site))}(\\W+\\d+ photos)?$`) }).click();
  await frame.getByRole('complementary').getByRole('button', { name: new RegExp(`^${escapeRegExp(PHOTO.title.en)}\\b`) }).click();
}

test.beforeAll(async () => {
  expect(policy, "the policy has frame-ancestors 'self' to extend").not.toBe(readmePolicy);
  folder = mkdtempSync(join(tmpdir(), 'embed-host-'));
  for (const [width, height] of [[640, 400], [320, 240], [1024, 640]]) {
    const html = hostPage.replace('EXHIBIT_URL', exhibitUrl).replace('width="640"', `width="${width}"`).replace('height="400"', `height="${height}"`);
    writeFileSync(join(folder, `host-${width}x${height}.html`), html);
  }
  servers.push(await servePolicy(servedDist, exhibitPort, policy));
  servers.push(...(await Promise.all([hostPort, hostPort + 1, hostPort + 2].map((port) => serve(folder, port)))));
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(folder, { recursive: true, force: true });
});

/// Opens the demo host page at `origin`, embedding this exhibit, with a pack that allows `allowed`.
async function embed(page, { origin = HOST, allowed = [HOST], width = 640, height = 400 } = {}) {
  const pack = testPack();
  pack.settings.embed_allowed_origins = allowed;
  await page.route('**/exhibit.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(pack) }));
  await page.goto(`${origin}/host-${width}x${height}.html`);
  const frame = page.frameLocator('#exhibit');
  // Ready once the map has its hotspots (in a small frame they are gathered into the sites).
  await expect(frame.locator('#map .hotspot')).toHaveCount(pack.photos.length);
  return frame;
}

const events = (page) => page.evaluate(() => window.exhibitEvents.map((e) => [e.type, e.photo || null, e.lang]));

test('the host page hears ready, photo-opened, photo-closed, language-changed and activity', async ({ page }) => {
  const frame = await embed(page);
  await expect.poll(() => events(page)).toContainEqual(['ready', null, 'en']);
  await openPhoto(frame);
  await expect.poll(() => events(page)).toContainEqual(['photo-opened', PHOTO.id, 'en']);
  await expect.poll(() => events(page)).toContainEqual(['activity', null, 'en']);
  await frame.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => events(page)).toContainEqual(['photo-closed', null, 'en']);
  await frame.getByRole('button', { name: '中文' }).click();
  await expect.poll(() => events(page)).toContainEqual(['language-changed', null, 'zh']);
  await expect(page.locator('#log li').first()).toHaveText(/ready/);
});

test('an origin the pack does not allow hears nothing', async ({ page }) => {
  const frame = await embed(page, { origin: OTHER });
  await openPhoto(frame);
  await expect(frame.getByRole('dialog', { name: PHOTO.title.en, exact: true })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await events(page)).toEqual([]);
});

test('a site that frame-ancestors does not list gets an empty frame, and hears nothing', async ({ page }) => {
  // Chromium says why on the host page's console: that error is the point of this test.
  allowConsoleErrors(page, /violates the following Content Security Policy directive: "frame-ancestors/);
  // The pack would let this site hear the exhibit: only the policy keeps it out.
  const pack = testPack();
  pack.settings.embed_allowed_origins = [UNLISTED];
  await servePack(page, pack);
  const refused = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 15_000 });
  await page.goto(`${UNLISTED}/host-640x400.html`);
  expect((await refused).text()).toContain(`frame-ancestors 'self' ${HOST} ${OTHER}`);
  // The frame holds the browser's error page, not the exhibit.
  await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
  await page.waitForTimeout(1000);
  expect(await events(page)).toEqual([]);
});

for (const [width, height] of [[320, 240], [640, 400], [1024, 640]]) {
  test(`embedded at ${width}x${height} it fits with no scrollbars and no outer chrome`, async ({ page }) => {
    await page.setViewportSize({ width: Math.max(width + 100, 800), height: height + 400 });
    const frame = await embed(page, { width, height });
    const inner = await frame.locator('html').evaluate((html) => ({
      scrollWidth: html.scrollWidth,
      scrollHeight: html.scrollHeight,
      width: html.clientWidth,
      height: html.clientHeight,
      mode: html.dataset.mode,
    }));
    expect(inner.mode).toBe('embed');
    expect(inner.scrollWidth).toBeLessThanOrEqual(inner.width);
    expect(inner.scrollHeight).toBeLessThanOrEqual(inner.height);
    await expect(frame.getByRole('heading', { level: 1 })).not.toBeInViewport();
    await expect(frame.getByRole('region', { name: 'Schematic map of Shougang Park' })).toBeVisible();
  });
}
