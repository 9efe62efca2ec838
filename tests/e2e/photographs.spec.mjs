// Real photographs (the test pack's camera JPEG, PNG with transparency and Display P3 JPEG):
// a visitor's browser fetches the one of publish's web sizes that fits where the photo is
// drawn, never the original; link previews get a card; the offline copy keeps this device's
// sizes and shows them with no network.
import { test, expect, photosInOrder, openExhibit, offlineCopyInControl } from './fixtures.mjs';

const PHOTOGRAPHS = photosInOrder.filter((p) => !p.image.src.endsWith('.svg'));
const SIDEWAYS = PHOTOGRAPHS.find((p) => p.image.src.endsWith('.jpg') && p.image.width > p.image.height);
const photoDialog = (page, photo) => page.getByRole('dialog', { name: photo.title.en, exact: true });
const picture = (page, photo) => photoDialog(page, photo).getByRole('img', { name: photo.alt.en, exact: true });

/// The pack as published (with the sizes publish made), from the server.
const publishedPack = async (request) => (await request.get('exhibit.json')).json();
const sizesOf = (published, photo) => published.photos.find((p) => p.id === photo.id).image.sizes;

/// Every picture address the page asks for, from now on, relative to the exhibit.
function pictureRequests(page) {
  const asked = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname.replace(/^\//, '');
    if (r.resourceType() === 'image') asked.push(decodeURIComponent(path));
  });
  return asked;
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true });

  test('the photo cards and the photo view fetch the sizes they are drawn at, never the original', async ({ page, request }) => {
    expect(PHOTOGRAPHS.length, 'the test pack has real photographs').toBeGreaterThanOrEqual(3);
    const published = await publishedPack(request);
    const asked = pictureRequests(page);
    await openExhibit(page, '?lang=en');
    const card = page.getByRole('button', { name: new RegExp(`^${SIDEWAYS.title.en}`) }).first();
    await card.scrollIntoViewIfNeeded();
    const cardImage = card.locator('img');
    await expect.poll(() => cardImage.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    const sizes = sizesOf(published, SIDEWAYS);
    // An upright strip card is 136 px wide here: the 320 px WebP.
    expect(await cardImage.evaluate((img) => img.currentSrc)).toMatch(new RegExp(`${sizes.stem}-320\\.webp$`));

    await card.click();
    await expect(picture(page, SIDEWAYS)).toBeVisible();
    await expect.poll(() => picture(page, SIDEWAYS).evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    // The whole 390 px width: the 480 px size, not the 900 px one.
    expect(await picture(page, SIDEWAYS).evaluate((img) => img.currentSrc)).toMatch(new RegExp(`${sizes.stem}-480\\.webp$`));
    // Its space is reserved at the photo's own shape, in its average colour.
    const frame = photoDialog(page, SIDEWAYS).locator('.picture-frame');
    const box = await frame.boundingBox();
    expect(box.width / box.height).toBeCloseTo(SIDEWAYS.image.width / SIDEWAYS.image.height, 1);
    const [r, g, b] = sizes.colour.match(/[0-9a-f]{2}/g).map((h) => parseInt(h, 16));
    expect(await frame.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(`rgb(${r}, ${g}, ${b})`);

    // The next photo's picture is fetched ahead, at the size the photo view will show it: from
    // the transparent PNG (224 px, one size), the Display P3 photo's 480 px size (its card's is 320).
    const after = (photo) => photosInOrder[photosInOrder.findIndex((p) => p.id === photo.id) + 1];
    const alpha = after(SIDEWAYS);
    const wide = after(alpha);
    expect([alpha, wide].every((p) => PHOTOGRAPHS.includes(p)), 'the next two are photographs').toBe(true);
    const wideSize = `${sizesOf(published, wide).stem}-480.webp`;
    await photoDialog(page, SIDEWAYS).getByRole('button', { name: 'Next photo', exact: true }).click();
    await expect(picture(page, alpha)).toBeVisible();
    await expect.poll(() => asked.includes(wideSize), { message: `${wideSize} fetched ahead` }).toBe(true);
    await photoDialog(page, alpha).getByRole('button', { name: 'Next photo', exact: true }).click();
    await expect.poll(() => picture(page, wide).evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await picture(page, wide).evaluate((img) => decodeURIComponent(new URL(img.currentSrc).pathname.slice(1)))).toBe(wideSize);

    for (const photo of PHOTOGRAPHS) {
      expect(asked, 'no original is fetched').not.toContain(photo.image.src);
    }
    expect(asked.filter((a) => a.startsWith('images/sizes/') && !a.endsWith('.webp')), 'WebP only').toEqual([]);
  });
  test('only the picture the visitor goes to next is fetched ahead, and only once the photo\'s own has arrived', async ({ page, request }) => {
    const published = await publishedPack(request);
    const at = photosInOrder.findIndex((p) => p.id === SIDEWAYS.id) + 1;
    const [before, photo, after] = photosInOrder.slice(at - 1, at + 2);
    expect([before, photo, after].every((p) => PHOTOGRAPHS.includes(p)), 'three photographs in a row').toBe(true);
    // What the photo view fetches ahead here (390 px): each neighbour's 480 px size.
    const aheadOf = (p) => `${sizesOf(published, p).stem}-480.webp`;
    const asked = pictureRequests(page);
    // The photo's own picture is held on the way until released.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    let heldOnce = false;
    await page.route(`**/${sizesOf(published, photo).stem}-*`, async (route) => {
      heldOnce = true;
      await held;
      await route.continue();
    });
    await page.goto(`?photo=${photo.id}&lang=en`);
    await expect(photoDialog(page, photo)).toBeVisible();
    await expect.poll(() => heldOnce, { message: 'the photo\'s picture is asked for' }).toBe(true);
    await page.waitForTimeout(1000);
    expect(asked.filter((a) => [aheadOf(before), aheadOf(after)].includes(a)), 'nothing fetched ahead while the photo\'s picture is on its way').toEqual([]);
    release();
    await expect.poll(() => picture(page, photo).evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    // Opened, the visitor is going forward: the next photo's picture, not the one before.
    await expect.poll(() => asked.includes(aheadOf(after)), { message: 'the next picture fetched ahead' }).toBe(true);
    await page.waitForTimeout(500);
    expect(asked, 'the picture before is not fetched ahead').not.toContain(aheadOf(before));

    // On to the next, then back: stepping back turns the visitor round, and the picture before
    // is the one fetched ahead now.
    await photoDialog(page, photo).getByRole('button', { name: 'Next photo', exact: true }).click();
    await expect.poll(() => picture(page, after).evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await photoDialog(page, after).getByRole('button', { name: 'Previous photo', exact: true }).click();
    await expect.poll(() => picture(page, photo).evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect.poll(() => asked.includes(aheadOf(before)), { message: 'the picture before fetched ahead' }).toBe(true);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });

  test('the photo view fetches a larger size than a phone does', async ({ page, request }) => {
    const sizes = sizesOf(await publishedPack(request), SIDEWAYS);
    await page.goto(`?photo=${SIDEWAYS.id}&lang=en`);
    await expect.poll(() => picture(page, SIDEWAYS).evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    // Three fifths of a 1280 px window (717 px): the photo's own 900 px.
    expect(await picture(page, SIDEWAYS).evaluate((img) => img.currentSrc)).toMatch(new RegExp(`${sizes.stem}-900\\.webp$`));
  });
});

test('a photo page shows its preview card to chat apps: 1200 × 630, at most 300 KB', async ({ page, request }) => {
  const html = await (await request.get(`photos/${SIDEWAYS.id}/`)).text();
  const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(card).toBe(`previews/${SIDEWAYS.id}.jpg`);
  const response = await request.get(card);
  expect(response.headers()['content-type']).toMatch(/^image\/jpeg/);
  const bytes = await response.body();
  expect(bytes.length).toBeLessThanOrEqual(300_000);
  await page.goto('about:blank');
  const size = await page.evaluate(async (data) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/jpeg' }));
    return [bitmap.width, bitmap.height];
  }, [...bytes]);
  expect(size).toEqual([1200, 630]);
  // No camera data reached the card: every metadata text of the fixture says FIXTURE.
  expect(bytes.includes('FIXTURE')).toBe(false);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });

  test('the offline copy keeps this device\'s sizes of every photograph and shows one with no network', async ({ page, context, request }) => {
    const published = await publishedPack(request);
    await openExhibit(page, '?lang=en');
    await offlineCopyInControl(page);
    const kept = await page.evaluate(async () => {
      const name = (await caches.keys()).find((k) => k.startsWith('shijingshan-exhibit-'));
      const cache = await caches.open(name);
      return (await cache.keys()).map((r) => decodeURIComponent(new URL(r.url).pathname.replace(/^\//, '')));
    });
    for (const photo of PHOTOGRAPHS) {
      const { stem, widths } = sizesOf(published, photo);
      const ofThis = kept.filter((k) => k.startsWith(`${stem}-`));
      expect(ofThis.length, `${photo.id}: its card's and its photo view's sizes`).toBeGreaterThanOrEqual(1);
      expect(ofThis.length, `${photo.id}: not every size`).toBeLessThanOrEqual(Math.min(2, widths.length));
      expect(kept, 'no original').not.toContain(photo.image.src);
    }
    await context.setOffline(true);
    await page.goto(`?photo=${SIDEWAYS.id}&lang=en`);
    await expect.poll(() => picture(page, SIDEWAYS).evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  });
});
