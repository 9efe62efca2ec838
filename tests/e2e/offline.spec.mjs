// Offline: after one visit the service worker serves the app, the content pack and the
// pictures with no network, with a failing or hung server, or behind a captive portal; and a
// new build waits for the next visit instead of taking over an open page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  test as base, expect, openExhibit, testPack, photosInOrder, hotspotName, allowConsoleErrors, offlineCopyInControl, servedDist,
} from './fixtures.mjs';
import { startFaultServer } from '../lib/fault-server.mjs';
import { privatePort } from '../lib/ports.mjs';

// The build the Playwright config serves, and the port of the private servers below (lib/ports.mjs).
const DIST = servedDist;
const FAULT_PORT = privatePort(10);

/// `site`: a private copy of the build on a server the test can make fail (with the CSP, like
/// the others), so neither the faults nor the edits reach other tests.
const test = base.extend({
  site: async ({}, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'exhibit-offline-'));
    cpSync(DIST, folder, { recursive: true, dereference: true });
    const server = await startFaultServer(folder, FAULT_PORT, { csp: true });
    await use({ ...server, folder });
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  },
});

test.use({ serviceWorkers: 'allow' });

// The photo the tests open, and one whose picture has a Chinese file name.
const PHOTO = photosInOrder[1];
const OTHER_PHOTO = photosInOrder.find((p) => /[^\x00-\x7f]/.test(p.image.src));
const hotspot = (page) => page.getByRole('button', { name: hotspotName(PHOTO), exact: true });
const PORTAL = { status: 200, content_type: 'text/html', body: '<!doctype html><title>Wi-Fi login</title><h1>Log in to the free Wi-Fi</h1>' };

/// What a visitor sees when the exhibit itself has loaded: the map's hotspots and no error.
async function expectExhibit(page, options) {
  await expect(hotspot(page)).toBeVisible(options);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

/// Opens the exhibit and waits until its service worker has cached it and controls the page.
async function installOffline(page, url) {
  await openExhibit(page, `${url}?lang=en`);
  await offlineCopyInControl(page);
}

const cacheNames = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('shijingshan-exhibit-')));

/// Publishes a "new build" into the served copy: a changed caption and a new worker version.
/// Returns the new caption.
function publishNewBuild(folder) {
  const caption = 'A new build: a caption changed on the server.';
  const packFile = join(folder, 'exhibit.json');
  const pack = JSON.parse(readFileSync(packFile, 'utf8'));
  pack.photos.find((p) => p.id === PHOTO.id).caption.en = caption;
  writeFileSync(packFile, JSON.stringify(pack));
  const workerFile = join(folder, 'sw.js');
  const worker = readFileSync(workerFile, 'utf8');
  const next = worker.replace(/const VERSION = '([^']*)'/, "const VERSION = '$1-next'");
  expect(next, 'sw.js names its version').not.toBe(worker);
  writeFileSync(workerFile, next);
  return caption;
}

/// Asks the browser to look for a new worker (as it does on its own at a later visit), waits
/// until that worker has installed, and a moment more (a worker that skips waiting would have
/// taken over by then).
const findUpdate = (page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    const worker = registration.installing;
    if (worker) {
      await new Promise((resolve) =>
        worker.addEventListener('statechange', () => worker.state !== 'installing' && resolve()),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { waiting: registration.waiting !== null, controlledByActive: navigator.serviceWorker.controller === registration.active };
  });

const photoDialog = (page) => page.getByRole('dialog', { name: PHOTO.title.en, exact: true });

test('a reload with no network serves the exhibit and opens a photo', async ({ page, context }) => {
  await openExhibit(page, '?lang=en');
  await offlineCopyInControl(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(testPack().title.en);
  await hotspot(page).click();
  const picture = photoDialog(page).getByRole('img', { name: PHOTO.alt.en, exact: true });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  // Another photo, whose picture has a Chinese file name, with its picture from the offline copy.
  await page.goto(`?photo=${OTHER_PHOTO.id}&lang=en`);
  const other = page.getByRole('dialog', { name: OTHER_PHOTO.title.en, exact: true }).getByRole('img', { name: OTHER_PHOTO.alt.en, exact: true });
  await expect.poll(() => other.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test('the web app manifest names the exhibit and its install icons', async ({ page, request }) => {
  await openExhibit(page, '?lang=en');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest.name).toContain(testPack().title.en);
  const sizes = manifest.icons.map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    expect((await request.get(icon.src)).status()).toBe(200);
  }
});

test('a server error on the content pack shows the exhibit from the offline copy', async ({ page, site }) => {
  allowConsoleErrors(page, /503/);
  await installOffline(page, site.url);
  site.setFaults({ '/exhibit.json': { status: 503, body: 'Service Unavailable' } });
  expect((await fetch(`${site.url}exhibit.json`)).status, 'the server is failing').toBe(503);
  await page.reload();
  await expectExhibit(page);
});

test('behind a captive portal that answers with its login page, the exhibit still shows', async ({ page, site }) => {
  await installOffline(page, site.url);
  site.setFaults({ '/': PORTAL, '/index.html': PORTAL, '/exhibit.json': PORTAL });
  expect(await (await fetch(`${site.url}?lang=en`)).text(), 'the portal answers').toContain('Log in to the free Wi-Fi');
  await page.reload();
  await expectExhibit(page);
  await expect(page.getByText('Log in to the free Wi-Fi')).toHaveCount(0);
});

test('a server that hangs on the content pack does not keep the visitor waiting', async ({ page, site }) => {
  await installOffline(page, site.url);
  site.setFaults({ '/exhibit.json': { delay_ms: 10_000 } });
  const started = Date.now();
  await page.reload();
  // The server answers after 10 s: the exhibit must come from the cache well before that.
  await expectExhibit(page, { timeout: 8_000 });
  expect(Date.now() - started).toBeLessThan(8_000);
});

test('with nothing cached, a server error reaches the visitor as the exhibit’s error screen', async ({ page, site }) => {
  allowConsoleErrors(page, /503/);
  await installOffline(page, site.url);
  // The worker controls the page, but its copy is gone (evicted, say).
  await page.evaluate(async () => Promise.all((await caches.keys()).map((k) => caches.delete(k))));
  site.setFaults({ '/exhibit.json': { status: 503, body: 'Service Unavailable' } });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker answered').toBe(true);
  await expect(page.getByRole('alert')).toContainText('The server answered with error 503.');
  await expect(page.getByRole('button', { name: /open photo$/ })).toHaveCount(0);
});

test('a picture replaced on the server shows from the cache once, then the new one', async ({ page, site }) => {
  await installOffline(page, site.url);
  const file = join(site.folder, PHOTO.image.src);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace(/<\/svg>\s*$/, '<!-- replaced by the curator --></svg>\n'));
  const served = () => page.evaluate(async (src) => (await fetch(src)).text(), PHOTO.image.src);
  // Stale-while-revalidate: the first load after the change answers at once from the cache...
  expect(await served()).toBe(original);
  // ...and fetches the new picture for the loads after it.
  await expect.poll(served).toContain('replaced by the curator');
});

test('a new build waits for the next visit, and the open page keeps its own build', async ({ page, context, site }) => {
  await installOffline(page, site.url);
  const [oldCache] = await cacheNames(page);
  const newCaption = publishNewBuild(site.folder);
  expect(await findUpdate(page)).toEqual({ waiting: true, controlledByActive: true });
  // Online, the pack comes from the server first (as a kiosk's update check asks for it)...
  const served = await page.evaluate(async () => (await fetch('exhibit.json', { cache: 'no-cache' })).json());
  expect(served.photos.find((p) => p.id === PHOTO.id).caption.en).toBe(newCaption);
  // ...but with the host unreachable, another page opened beside it still gets the old build's
  // content: the new build waits while a page of the old one is open. (The host fails rather
  // than the browser going offline: Chromium's offline emulation does not always reach the
  // worker's own fetches, and a reload of the only open page may hand over to the new build.)
  site.setFaults({ '*': { drop: true } });
  const beside = await context.newPage();
  await beside.goto(`${site.url}?lang=en`);
  await hotspot(beside).click();
  await expect(photoDialog(beside)).toContainText(PHOTO.caption.en);
  expect(await cacheNames(beside)).toContain(oldCache);
  site.clearFaults();
  // Once no page of the old build is open, the next visit gets the new build, and only its cache.
  await beside.close();
  await page.close();
  const next = await context.newPage();
  // The waiting build activates as the last old page closes; headless Chromium now and then
  // aborts a navigation that starts at that moment (net::ERR_ABORTED, seen under load, not
  // understood yet: see the issue notes), so the visit is tried again if that happens.
  await expect(() => next.goto(`${site.url}?photo=${PHOTO.id}&lang=en`)).toPass({ timeout: 20_000 });
  await expect(photoDialog(next)).toContainText(newCaption);
  await expect.poll(() => cacheNames(next)).toEqual([`${oldCache}-next`]);
  expect(await next.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting)).toBeNull();
  expect(await next.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
});

test('a page can ask the waiting build to take over at once (the kiosk at an idle reset)', async ({ page, context, site }) => {
  await installOffline(page, site.url);
  const [oldCache] = await cacheNames(page);
  const newCaption = publishNewBuild(site.folder);
  expect((await findUpdate(page)).waiting).toBe(true);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    registration.waiting.postMessage({ type: 'activate-update' });
    await changed;
  });
  await expect.poll(() => cacheNames(page)).toEqual([`${oldCache}-next`]);
  // The kiosk then reloads: the new build, from its own offline copy.
  await context.setOffline(true);
  await page.goto(`${site.url}?photo=${PHOTO.id}&lang=en`);
  await expect(photoDialog(page)).toContainText(newCaption);
});

test('a kiosk with no network still shows its QR codes: they are in the offline copy', async ({ page, context, addressed }) => {
  // Installed from the map, which shows no code: only the worker's precache has them.
  await installOffline(page, addressed.url);
  await context.setOffline(true);
  await page.goto(`${addressed.url}?photo=${PHOTO.id}&mode=kiosk&lang=en`);
  await expect(photoDialog(page)).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code: opens this photo on your phone' })).toBeVisible();
  expect(await page.getByRole('img', { name: 'QR code: opens this photo on your phone' }).evaluate((img) => img.naturalWidth)).toBeGreaterThan(0);
});
