// A kiosk left running for weeks: it retries a pack it cannot load, picks up what the museum
// publishes (only when nobody is in front of it), keeps visitors inside the exhibit and puts
// full screen back for the next one. Playwright's clock stands in for the hours.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../lib/serve.mjs';
import { TEST_PACK } from '../lib/test-dist.mjs';
import { privatePort } from '../lib/ports.mjs';
import {
  test, expect, allowConsoleErrors, openExhibit, offlineCopyInControl, servedDist, testPack, photosInOrder, hotspotName,
} from './fixtures.mjs';

const KIOSK = '?mode=kiosk&lang=en';
const repo = new URL('../../', import.meta.url).pathname;
const publish = join(repo, 'target/tools/publish');
const port = privatePort(40);
const TITLE = testPack().title.en;
const PHOTO = photosInOrder[1];
const hotspot = (page, photo) => page.getByRole('button', { name: hotspotName(photo), exact: true });
const photoDialog = (page, photo) => page.getByRole('dialog', { name: photo.title.en, exact: true });

test.use({ viewport: { width: 1920, height: 1080 } });

test('a kiosk that cannot load its pack keeps trying by itself, less often, and opens once it can', async ({ page }) => {
  allowConsoleErrors(page, /503/);
  let refused = 0;
  let serverBack = false;
  await page.route('**/exhibit.json', (route) => {
    if (serverBack) return route.continue();
    refused += 1;
    return route.fulfill({ status: 503, body: 'maintenance' });
  });
  await page.clock.install();
  await page.goto(KIOSK);
  await expect(page.getByRole('alert')).toContainText('The server answered with error 503.');
  await expect(page.getByText('This kiosk tries again by itself')).toBeVisible();
  // Two hours of an unreachable server, a minute at a time.
  for (let minute = 0; minute < 120; minute += 1) {
    await page.clock.fastForward('01:00');
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  }
  // It never gave up, and it backed off: a retry a minute would be 240 requests.
  expect(refused).toBeGreaterThan(20);
  expect(refused).toBeLessThan(80);
  serverBack = true;
  // The next retry is at most the longest wait (5 min) after the last refusal arrived, which can
  // be a moment after the clock last moved: minute by minute, it opens within six.
  const heading = page.getByRole('heading', { level: 1 });
  for (let minute = 0; minute < 6 && (await heading.textContent()) !== TITLE; minute += 1) {
    await page.clock.fastForward('01:00');
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    await page.waitForTimeout(200);
  }
  await expect(heading).toHaveText(TITLE);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a kiosk that a visitor got going with Try again does not reload the pack again by itself', async ({ page }) => {
  allowConsoleErrors(page, /503/);
  let serverBack = false;
  let requests = 0;
  await page.route('**/exhibit.json', (route) => {
    requests += 1;
    return serverBack ? route.continue() : route.fulfill({ status: 503, body: 'maintenance' });
  });
  await page.clock.install();
  await page.goto(KIOSK);
  await expect(page.getByText('This kiosk tries again by itself')).toBeVisible();
  serverBack = true;
  await page.getByRole('button', { name: 'Try again' }).click({ force: true });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const loaded = requests;
  // The retry the error screen had planned (5 s later) must have gone with the screen.
  await page.clock.fastForward('01:00');
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  expect(requests).toBe(loaded);
});

test('outside kiosk mode the error screen waits for the visitor\'s Try again', async ({ page }) => {
  allowConsoleErrors(page, /503/);
  let requests = 0;
  await page.route('**/exhibit.json', (route) => {
    requests += 1;
    return route.fulfill({ status: 503, body: 'maintenance' });
  });
  await page.clock.install();
  await page.goto('?lang=en');
  await expect(page.getByRole('alert')).toContainText('503');
  const before = requests;
  await page.clock.fastForward('10:00');
  expect(requests).toBe(before);
  await expect(page.getByText('This kiosk tries again by itself')).toHaveCount(0);
});

test.describe('a museum publishes a new pack while the kiosk runs', () => {
  test.use({ serviceWorkers: 'allow' });
  let site;
  let server;
  let packFolder;

  test.beforeEach(async () => {
    // A deployed copy of the build, served precompressed as a production server would (so a
    // stale exhibit.json.br would show), and a curator's copy of the pack beside it.
    site = mkdtempSync(join(tmpdir(), 'kiosk-site-'));
    cpSync(servedDist, site, { recursive: true });
    packFolder = mkdtempSync(join(tmpdir(), 'kiosk-pack-'));
    cpSync(TEST_PACK, packFolder, { recursive: true, dereference: true });
    server = await serve(site, port, { precompressed: true });
  });

  test.afterEach(() => {
    server.stop();
    rmSync(site, { recursive: true, force: true });
    rmSync(packFolder, { recursive: true, force: true });
  });

  /// The curator's edit, installed with the README's command (`make update-pack` runs this).
  function publishCaption(caption) {
    const file = join(packFolder, 'exhibit.json');
    const pack = JSON.parse(readFileSync(file, 'utf8'));
    pack.photos.find((p) => p.id === PHOTO.id).caption.en = caption;
    writeFileSync(file, JSON.stringify(pack, null, 2));
    execFileSync(publish, ['update-pack', packFolder, site], { stdio: 'pipe' });
  }

  test('a new caption reaches a visitor within one reload, offline copy and all', async ({ page }) => {
    await page.goto(`${server.url}?photo=${PHOTO.id}&lang=en`);
    const dialog = photoDialog(page, PHOTO);
    await expect(dialog).toBeVisible();
    await offlineCopyInControl(page);
    publishCaption('A caption the curator changed on the server.');
    await page.reload();
    await expect(dialog.getByText('A caption the curator changed on the server.')).toBeVisible();
  });

  test('the kiosk applies it at the reset after its visitor leaves, never in front of them', async ({ page }) => {
    await page.clock.install();
    await page.goto(`${server.url}${KIOSK}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.clock.fastForward('00:05');
    await offlineCopyInControl(page);
    await hotspot(page, PHOTO).click({ force: true });
    const dialog = photoDialog(page, PHOTO);
    const oldCaption = await dialog.locator('.photo-caption').textContent();
    await page.evaluate(() => {
      window.sameVisit = true;
    });
    publishCaption('Changed while a visitor was reading.');

    // A visitor reads on for 15 minutes, touching now and then: the kiosk finds the update at
    // its 10-minute look, and keeps it for later.
    for (let minute = 0; minute < 15; minute += 1) {
      await page.clock.fastForward('01:00');
      await page.mouse.move(40 + minute, 40);
    }
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => window.sameVisit)).toBe(true);
    await expect(dialog.locator('.photo-caption')).toHaveText(oldCaption);

    // Then nobody touches it: the countdown, the reset, and the update. The clock stops once
    // the kiosk has reloaded (driving it through a navigation can stall the page).
    // (Asked while the page reloads, the question is lost with the old page: ask the new one,
    // once it is there; a reload can take a few tries on a loaded machine.)
    const sameVisit = async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await page.evaluate(() => window.sameVisit ?? false);
        } catch (error) {
          if (attempt === 10) throw error;
          await page.waitForLoadState();
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    };
    for (let minute = 0; minute < 30 && (await sameVisit()); minute += 1) {
      await page.clock.fastForward('01:00');
    }
    await expect.poll(sameVisit, { timeout: 20_000 }).toBe(false);
    // It came back waiting for a visitor (no "Still exploring?" for nobody), in kiosk mode.
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'kiosk');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.locator('.hotspot.attract')).toHaveCount(1);
    // The next visitor sees the new caption.
    await hotspot(page, PHOTO).click({ force: true });
    await expect(dialog.getByText('Changed while a visitor was reading.')).toBeVisible();
  });
});

test('in kiosk mode there is no Share: the QR code is the way to take a photo home', async ({ page }) => {
  await openExhibit(page, `?photo=${PHOTO.id}&mode=kiosk&lang=en`);
  const dialog = photoDialog(page, PHOTO);
  await expect(dialog.getByRole('button', { name: 'Next photo' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await openExhibit(page, `?photo=${PHOTO.id}&mode=browser&lang=en`);
  await expect(photoDialog(page, PHOTO).getByRole('button', { name: 'Share' })).toBeVisible();
});

test('a kiosk blocks the browser\'s ways out: dropped files, middle clicks, print, save and zoom keys', async ({ page }) => {
  const blocked = () =>
    page.evaluate(() => {
      const target = document.querySelector('h1');
      const fire = (event) => {
        target.dispatchEvent(event);
        return event.defaultPrevented;
      };
      const key = (k) => new KeyboardEvent('keydown', { key: k, ctrlKey: true, bubbles: true, cancelable: true });
      return {
        drop: fire(new DragEvent('drop', { bubbles: true, cancelable: true })),
        dragover: fire(new DragEvent('dragover', { bubbles: true, cancelable: true })),
        middleClick: fire(new MouseEvent('auxclick', { button: 1, bubbles: true, cancelable: true })),
        print: fire(key('p')),
        save: fire(key('s')),
        zoomIn: fire(key('+')),
        plainKey: fire(new KeyboardEvent('keydown', { key: 'p', bubbles: true, cancelable: true })),
      };
    });
  await openExhibit(page, '?lang=en');
  const open = { drop: false, dragover: false, middleClick: false, print: false, save: false, zoomIn: false, plainKey: false };
  expect(await blocked()).toEqual(open);
  await openExhibit(page, KIOSK);
  expect(await blocked()).toEqual({ ...open, drop: true, dragover: true, middleClick: true, print: true, save: true, zoomIn: true });
});

test('full screen comes back for the next visitor after one leaves it', async ({ page }) => {
  await page.clock.install();
  await openExhibit(page, KIOSK);
  const isFullScreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.getByRole('button', { name: 'Full screen' }).click({ force: true });
  await expect.poll(isFullScreen).toBe(true);
  // A visitor leaves full screen, then walks away.
  await page.getByRole('button', { name: 'Exit full screen' }).click({ force: true });
  await expect.poll(isFullScreen).toBe(false);
  await page.clock.fastForward('01:42');
  await expect(page.locator('.hotspot.attract')).toHaveCount(1);
  // The next visitor's first touch fills the screen again.
  await page.mouse.click(20, 20);
  await expect.poll(isFullScreen).toBe(true);
});

test('a kiosk that was never full screen stays as the operator left it', async ({ page }) => {
  await page.clock.install();
  await openExhibit(page, KIOSK);
  await page.clock.fastForward('01:42');
  await page.mouse.click(20, 20);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
});
