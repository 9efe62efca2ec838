// Kiosk mode on a museum touch screen: idle countdown, reset, attract loop, lockdown, QR code.
// Playwright's clock fast-forwards the idle time.
import { test, expect, openExhibit, servePack, testPack, photosInOrder, hotspotName, allowConsoleErrors, searchParam } from './fixtures.mjs';

const KIOSK = '?mode=kiosk&lang=en';
// A kiosk is a 1080p (or 4K) touch screen.
test.use({ viewport: { width: 1920, height: 1080 } });
const PHOTO = photosInOrder[1];
const NEXT_PHOTO = photosInOrder[2];
const hotspot = (page, photo) => page.getByRole('button', { name: hotspotName(photo), exact: true });
const photoDialog = (page, photo, lang = 'en') => page.getByRole('dialog', { name: photo.title[lang], exact: true });

// Playwright's clock also fakes requestAnimationFrame, which its actionability checks wait on:
// clicks under the clock are forced.
async function openKiosk(page) {
  await page.clock.install();
  await openExhibit(page, KIOSK);
}

test('after the idle timeout a countdown appears, and a touch cancels it', async ({ page }) => {
  await openKiosk(page);
  await hotspot(page, PHOTO).click({ force: true });
  await expect(photoDialog(page, PHOTO)).toBeVisible();
  await page.clock.fastForward('01:31');
  const countdown = page.getByRole('alertdialog', { name: 'Still exploring? Touch to continue' });
  await expect(countdown).toBeVisible();
  await expect(countdown).toContainText(/Starting over in \d+ s/);
  await page.mouse.click(20, 20);
  await expect(countdown).toBeHidden();
  await page.clock.fastForward('00:15');
  await expect(photoDialog(page, PHOTO)).toBeVisible();
});

test('when the countdown ends the kiosk resets to the home view in its first language', async ({ page }) => {
  await openKiosk(page);
  const layerStyle = () => page.locator('.map-layer').getAttribute('style');
  await expect.poll(layerStyle, 'the map has measured itself').toContain('--zoom: 1.0000');
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click({ force: true });
  await expect.poll(layerStyle).toContain('--zoom: 1.5000');
  await hotspot(page, PHOTO).click({ force: true });
  await page.getByRole('dialog').getByRole('button', { name: '中文' }).click({ force: true });
  await expect(photoDialog(page, PHOTO, 'zh')).toBeVisible();
  await page.clock.fastForward('01:31');
  await expect(page.getByRole('alertdialog', { name: '还在浏览吗？轻触屏幕继续' })).toBeVisible();
  await page.clock.fastForward('00:11');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(testPack().title.en);
  // The address follows a frame after the view is drawn (address_bar.rs).
  await expect.poll(() => searchParam(page, 'photo'), 'the address names no photo').toBeNull();
  await expect.poll(layerStyle, 'the whole map again').toContain('--zoom: 1.0000');
});

test('after a reset the attract loop highlights hotspots in turn until someone touches', async ({ page }) => {
  await openKiosk(page);
  await page.clock.fastForward('01:42');
  const highlighted = page.locator('.hotspot.attract');
  await expect(highlighted).toHaveCount(1);
  const first = await highlighted.getAttribute('id');
  await page.clock.fastForward('00:06');
  await expect(highlighted).toHaveCount(1);
  await expect(highlighted).not.toHaveAttribute('id', first);
  await page.mouse.click(20, 20);
  await expect(highlighted).toHaveCount(0);
});

test.describe('on a small kiosk screen, where the hotspots are gathered into the sites', () => {
  test.use({ viewport: { width: 1024, height: 600 } });
  test('the attract loop lights the sites in turn, since the hotspots are not shown', async ({ page }) => {
    const pack = testPack();
    await openKiosk(page);
    await page.clock.fastForward('01:42');
    // Every hotspot is hidden; the site labels, with their photo counts, stand for them.
    await expect(page.getByRole('button', { name: / — open photo$/ })).toHaveCount(0);
    const lit = page.locator('.site-marker.attract');
    await expect(lit).toHaveCount(1);
    await expect(lit).toBeVisible();
    await expect(lit).toHaveAccessibleName(/\d+ photos$/);
    // Photos are shown off in order, so within a cycle the light moves to the other site.
    const seen = new Set([await lit.getAttribute('id')]);
    for (let turn = 0; turn < pack.photos.length && seen.size < pack.sites.length; turn += 1) {
      await page.clock.fastForward('00:06');
      await expect(lit).toHaveCount(1);
      seen.add(await lit.getAttribute('id'));
    }
    expect([...seen].sort()).toEqual(pack.sites.map((site) => `site--${site.id}`).sort());
    await page.mouse.click(20, 20);
    await expect(lit).toHaveCount(0);
  });
});

test('the context menu and text selection are blocked in kiosk mode only', async ({ page }) => {
  const blocked = () =>
    page.evaluate(() => {
      const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      const select = new Event('selectstart', { bubbles: true, cancelable: true });
      document.querySelector('h1').dispatchEvent(menu);
      document.querySelector('h1').dispatchEvent(select);
      return [menu.defaultPrevented, select.defaultPrevented];
    });
  await openExhibit(page, '?lang=en');
  expect(await blocked()).toEqual([false, false]);
  await openExhibit(page, KIOSK);
  expect(await blocked()).toEqual([true, true]);
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
});

test('kiosk mode is kept for the browser session', async ({ page }) => {
  await openExhibit(page, KIOSK);
  await page.goto('?lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'kiosk');
});

const qrCode = (page) => page.getByRole('img', { name: 'QR code: opens this photo on your phone' });
const qrCaption = (page) => page.getByText('Scan to take this photo to your phone');

test('the photo view shows the QR code publish wrote for that photo and language', async ({ page, addressed }) => {
  await page.goto(`${addressed.url}?photo=${PHOTO.id}&mode=kiosk&lang=en`);
  await expect(photoDialog(page, PHOTO)).toBeVisible();
  await expect(qrCode(page)).toBeVisible();
  await expect(qrCaption(page)).toBeVisible();
  const shown = () => qrCode(page).evaluate((img) => ({ file: new URL(img.src).pathname.split('/').slice(-2).join('/'), width: img.naturalWidth }));
  // Loaded, not a broken image: the code of this photo's link in English.
  expect(await shown()).toEqual({ file: `qr/${PHOTO.id}-en.svg`, width: expect.any(Number) });
  expect((await shown()).width).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Next photo' }).click();
  await expect(photoDialog(page, NEXT_PHOTO)).toBeVisible();
  await expect.poll(async () => (await shown()).file).toBe(`qr/${NEXT_PHOTO.id}-en.svg`);
  await page.getByRole('dialog').getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('img', { name: /二维码/ })).toBeVisible();
  await expect.poll(async () => (await page.getByRole('img', { name: /二维码/ }).evaluate((img) => new URL(img.src).pathname.split('/').pop()))).toBe(`${NEXT_PHOTO.id}-zh.svg`);
});

test('a QR code that cannot be loaded is left out with its caption, and the photo view goes on working', async ({ page, addressed }) => {
  await page.route('**/qr/**', (route) => route.abort('internetdisconnected'));
  allowConsoleErrors(page, /ERR_INTERNET_DISCONNECTED/);
  await page.goto(`${addressed.url}?photo=${PHOTO.id}&mode=kiosk&lang=en`);
  await expect(photoDialog(page, PHOTO)).toBeVisible();
  await expect(photoDialog(page, PHOTO)).toContainText(PHOTO.caption.en);
  await expect(qrCode(page)).toBeHidden();
  await expect(qrCaption(page)).toBeHidden();
  await page.unrouteAll();
  await page.getByRole('button', { name: 'Next photo' }).click();
  await expect(photoDialog(page, NEXT_PHOTO)).toBeVisible();
  await expect(qrCode(page)).toBeVisible();
});

test('no QR code outside kiosk mode', async ({ page, addressed }) => {
  await page.goto(`${addressed.url}?photo=${PHOTO.id}&lang=en`);
  await expect(photoDialog(page, PHOTO)).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
});

test('no QR code in a kiosk whose pack has no public address, and none is asked for', async ({ page }) => {
  const asked = [];
  page.on('request', (request) => request.url().includes('/qr/') && asked.push(request.url()));
  await openExhibit(page, `?photo=${PHOTO.id}&mode=kiosk&lang=en`);
  await expect(photoDialog(page, PHOTO)).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  expect(asked).toEqual([]);
});
