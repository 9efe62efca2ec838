// The photo view as a visitor uses it: a real modal dialog, keyboard, mouse and touch, links
// that open it, a picture that may not arrive, the district's numbers in it, sharing, and the
// same build hosted under a sub-path.
import {
  test, expect, testPack, photosInOrder, hotspotName, siteName, FIGURES, SENTENCES, longDate, allowConsoleErrors,
  expectNoAxeViolations, openMap, mapRegion, searchParam, nextFrames, escapeRegExp,
} from './fixtures.mjs';

const pack = testPack();
const positionOf = (photo) => `${photosInOrder.indexOf(photo) + 1} of ${photosInOrder.length}`;

// The photos the tests open: the second in the visiting order (one step either way stays inside
// the order), the first, the next, and one at another site, for links.
const FIRST = photosInOrder[0];
const PHOTO = photosInOrder[1];
const NEXT_PHOTO = photosInOrder[2];
const AT_ANOTHER_SITE = photosInOrder.find((p) => p.site !== PHOTO.site);
/// The pictures furthest from the usual 3:2: the widest and the tallest.
const byShape = [...pack.photos].sort((a, b) => a.image.width / a.image.height - b.image.width / b.image.height);
const ODD_SHAPES = { tallest: byShape[0], widest: byShape.at(-1) };

// The chart's name is an interface text (src/ui_text.rs), not content.
const CHART_NAME = "Pie chart: Shijingshan has nearly one third of Beijing's sci-fi industry revenue";

/// The picture of a photo, found by its alt text.
const picture = (dialog, photo) => dialog.getByRole('img', { name: photo.alt.en, exact: true });
const hotspots = (page) => page.getByRole('button', { name: / — open photo$/ });
const hotspot = (page, photo) => page.getByRole('button', { name: hotspotName(photo), exact: true });
const photoDialog = (page, photo) => page.getByRole('dialog', { name: photo.title.en, exact: true });
const dialogButton = (page, name) => page.getByRole('dialog').getByRole('button', { name, exact: true });
/// Opens a link straight to a photo and waits for its view.
async function openPhotoLink(page, photo, query = `?photo=${photo.id}&lang=en`) {
  await page.goto(query);
  await expect(page.locator('#static-shell')).toHaveCount(0);
  await expect(photoDialog(page, photo)).toBeVisible();
}

/// Opens `photo` by clicking its hotspot on the map, as a visitor does.
async function openFromMap(page, photo) {
  await openMap(page);
  await hotspot(page, photo).click();
  await expect(photoDialog(page, photo)).toBeVisible();
  await expect.poll(() => searchParam(page, 'photo')).toBe(photo.id);
}

/// Expects the photo view to show `photo`: its name, position, caption and URL.
async function expectShowing(page, photo) {
  const dialog = photoDialog(page, photo);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.photo-count')).toHaveText(positionOf(photo));
  await expect(dialog.getByText(photo.caption.en, { exact: true })).toBeVisible();
  await expect(picture(dialog, photo)).toBeVisible();
  await expect.poll(() => searchParam(page, 'photo')).toBe(photo.id);
}

/// Where keyboard focus is, relative to the open dialog.
const focusPlace = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const dialog = document.querySelector('dialog[open]');
    const name = (el?.getAttribute('aria-label') || el?.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    let place = 'outside';
    if (dialog && el && dialog.contains(el)) place = 'inside';
    else if (!el || el === document.body || el === document.documentElement) place = 'none';
    return { place, name, tag: el?.tagName.toLowerCase() || '' };
  });

test.describe('dialog semantics', () => {
  test('the photo view is a modal dialog named by the photo title, with everything about the photo', async ({ page }) => {
    await openFromMap(page, PHOTO);
    const dialog = photoDialog(page, PHOTO);
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(dialog).toHaveAccessibleName(PHOTO.title.en);
    await expect(dialog).toHaveAttribute('aria-labelledby', 'photo-title');
    await expect(dialog.getByRole('heading', { level: 2, name: PHOTO.title.en })).toHaveAttribute('id', 'photo-title');
    // Opened with showModal(): in the top layer, and the page behind it is inert.
    expect(await dialog.evaluate((d) => d.tagName === 'DIALOG' && d.open && d.matches(':modal'))).toBe(true);
    expect(await page.evaluate(() => document.elementFromPoint(5, 5)?.tagName)).toBe('DIALOG');

    await expect(picture(dialog, PHOTO)).toBeVisible();
    await expect(dialog.getByText(PHOTO.image_note.en, { exact: true })).toBeVisible();
    await expect(dialog.locator('.photo-kicker')).toContainText(siteName(PHOTO.site));
    await expect(dialog.locator('.photo-count')).toHaveText(positionOf(PHOTO));
    await expect(dialog.locator('.photo-count')).toHaveText(`2 of ${photosInOrder.length}`);
    await expect(dialog.getByText(PHOTO.caption.en, { exact: true })).toBeVisible();
    await expect(dialog.getByText(PHOTO.credit.en, { exact: true })).toBeVisible();
    await expect(dialog.getByText(longDate('en', PHOTO.date), { exact: true })).toBeVisible();
    const values = dialog.locator('.figure-value');
    await expect(values).toHaveText(FIGURES.en);
    for (const name of ['Previous photo', 'Next photo', 'Share', 'Close']) {
      await expect(dialog.getByRole('button', { name, exact: true })).toBeVisible();
    }
  });

  for (const [shape, photo] of Object.entries({ 'a 3:2': PHOTO, ...ODD_SHAPES })) {
    test(`the picture frame reserves the picture's aspect ratio (${shape} picture)`, async ({ page }) => {
      await openPhotoLink(page, photo);
      const frame = photoDialog(page, photo).locator('.picture-frame');
      const box = await frame.boundingBox();
      expect(box.height).toBeGreaterThan(0);
      expect(box.width / box.height).toBeCloseTo(photo.image.width / photo.image.height, 1);
    });
  }
});

test.describe('keyboard focus', () => {
  test('Tab and Shift+Tab keep focus inside the open photo view: the active element is always in the dialog', async ({ page }) => {
    await openFromMap(page, PHOTO);
    const start = await focusPlace(page);
    expect(start.place, `focus on opening: ${JSON.stringify(start)}`).toBe('inside');
    const stops = [];
    for (let i = 0; i < 14; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(await focusPlace(page));
    }
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Shift+Tab');
      stops.push(await focusPlace(page));
    }
    const trail = stops.map((s) => `${s.place}:${s.tag}:${s.name}`).join(' | ');
    // The strict requirement: focus is always on something inside the dialog.
    expect(stops.filter((s) => s.place !== 'inside'), `every Tab stop is inside the dialog: ${trail}`).toEqual([]);
    // And it cycles: every control of the dialog is reached.
    for (const name of ['Previous photo', 'Next photo', 'Share', 'Close']) {
      expect(stops.some((s) => s.name === name), `${name} is reached: ${trail}`).toBe(true);
    }
    await expect(photoDialog(page, PHOTO)).toBeVisible();
  });

  for (const [how, close] of [
    ['the Close button', (page) => dialogButton(page, 'Close').click()],
    ['Escape', (page) => page.keyboard.press('Escape')],
    ['a click on the backdrop', (page) => page.mouse.click(5, 5)],
  ]) {
    test(`closing by ${how} returns focus to the hotspot that opened the photo`, async ({ page }) => {
      await openFromMap(page, PHOTO);
      await close(page);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect.poll(() => searchParam(page, 'photo')).toBeNull();
      await expect(hotspot(page, PHOTO)).toBeFocused();
    });
  }
});

test.describe('the page under the photo view', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('is not drawn while a photo is open (no title reading through the backdrop), and is back when it closes', async ({ page }) => {
    await openMap(page);
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toBeVisible();
    await page.getByRole('region', { name: 'The places and their photos' }).getByRole('button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(title).toBeHidden();
    await expect(mapRegion(page)).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(title).toBeVisible();
    await expect(mapRegion(page)).toBeVisible();
  });
  test('on a phone, a photo opened from the places below the map closes to the same place, its card focused', async ({ page }) => {
    await openMap(page);
    const last = photosInOrder.at(-1);
    const card = page.getByRole('region', { name: 'The places and their photos' }).getByRole('button', { name: new RegExp(`^${escapeRegExp(last.title.en)}`) });
    // The visitor scrolls down to the end of the places.
    await page.getByRole('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    const scrolled = () => page.getByRole('main').evaluate((main) => main.scrollTop);
    await expect.poll(scrolled, 'the places go on below the first screen').toBeGreaterThan(0);
    const before = await scrolled();
    await card.click();
    await expect(photoDialog(page, last)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(card).toBeFocused();
    expect(await scrolled()).toBe(before);
    await expect(card).toBeInViewport();
  });
});

test.describe('stepping through photos', () => {
  test('Next and Previous step through the photos in order and wrap at the ends', async ({ page }) => {
    await openFromMap(page, PHOTO);
    await dialogButton(page, 'Next photo').click();
    await expectShowing(page, NEXT_PHOTO);
    await dialogButton(page, 'Previous photo').click();
    await expectShowing(page, PHOTO);
    await dialogButton(page, 'Previous photo').click();
    await expectShowing(page, FIRST);
    await expect(photoDialog(page, FIRST).locator('.photo-count')).toHaveText(`1 of ${photosInOrder.length}`);
    await dialogButton(page, 'Previous photo').click();
    await expectShowing(page, photosInOrder.at(-1));
    await dialogButton(page, 'Next photo').click();
    await expectShowing(page, FIRST);
    // Stepping adds no history: one Back closes the view.
    await page.goBack();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => searchParam(page, 'photo')).toBeNull();
  });

  test('ArrowRight and ArrowLeft step through the photos', async ({ page }) => {
    await openFromMap(page, PHOTO);
    await page.keyboard.press('ArrowRight');
    await expectShowing(page, NEXT_PHOTO);
    await page.keyboard.press('ArrowLeft');
    await expectShowing(page, PHOTO);
    await page.keyboard.press('ArrowLeft');
    await expectShowing(page, FIRST);
  });

  test('arrow keys still step after the visitor clicks the picture or the text', async ({ page }) => {
    await openFromMap(page, PHOTO);
    await photoDialog(page, PHOTO).locator('.photo-figure').click();
    await page.keyboard.press('ArrowRight');
    await expectShowing(page, NEXT_PHOTO);
    await photoDialog(page, NEXT_PHOTO).getByText(NEXT_PHOTO.caption.en).click();
    await page.keyboard.press('ArrowLeft');
    await expectShowing(page, PHOTO);
  });

  test.describe('on a touch screen', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    /// A one-finger swipe through CDP, in `steps` moves from `from` to `to`.
    async function swipe(page, from, to, steps = 8) {
      const cdp = await page.context().newCDPSession(page);
      const at = (i) => [{ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps, id: 0 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
      for (let i = 1; i <= steps; i += 1) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    }

    async function figureBox(page) {
      const box = await page.getByRole('dialog').locator('figure.photo-figure').boundingBox();
      expect(box, 'the picture is laid out').not.toBeNull();
      return box;
    }

    test('a sideways swipe on the picture steps to the next and previous photo', async ({ page }) => {
      await openPhotoLink(page, PHOTO);
      let box = await figureBox(page);
      let y = box.y + box.height / 2;
      await swipe(page, { x: box.x + box.width * 0.8, y }, { x: box.x + box.width * 0.2, y: y + 6 });
      await expectShowing(page, NEXT_PHOTO);
      // The next picture may have another shape: swipe across the middle of it.
      box = await figureBox(page);
      y = box.y + box.height / 2;
      await swipe(page, { x: box.x + box.width * 0.2, y }, { x: box.x + box.width * 0.8, y: y - 6 });
      await expectShowing(page, PHOTO);
    });

    test('a short sideways movement on the picture does not step', async ({ page }) => {
      await openPhotoLink(page, PHOTO);
      const box = await figureBox(page);
      const y = box.y + box.height / 2;
      await swipe(page, { x: box.x + box.width / 2, y }, { x: box.x + box.width / 2 - 25, y }, 4);
      await nextFrames(page);
      await nextFrames(page);
      await expectShowing(page, PHOTO);
    });
  });
});

test.describe('the picture', () => {
  test('a picture that cannot load shows a clear placeholder, and the caption and numbers still show', async ({ page }) => {
    allowConsoleErrors(page, /404/, /Failed to load resource/);
    await page.route(`**/${PHOTO.image.src}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await openPhotoLink(page, PHOTO);
    const dialog = photoDialog(page, PHOTO);
    await expect(dialog.getByRole('img', { name: 'The picture cannot be shown right now', exact: true })).toBeVisible();
    await expect(dialog.getByText('The picture cannot be shown right now', { exact: true })).toBeVisible();
    await expect(dialog.locator('.picture-frame img')).toHaveCount(0);
    await expect(dialog.getByText(PHOTO.caption.en, { exact: true })).toBeVisible();
    await expect(dialog.getByText(PHOTO.credit.en, { exact: true })).toBeVisible();
    await expect(dialog.locator('.figure-value')).toHaveText(FIGURES.en);
    const box = await dialog.locator('.picture-frame').boundingBox();
    expect(box.height, 'the placeholder keeps the picture\'s space').toBeGreaterThan(100);

    // The next photo, whose picture does load, shows it again.
    await dialogButton(page, 'Next photo').click();
    await expectShowing(page, NEXT_PHOTO);
    await expect(page.getByRole('dialog').getByText('The picture cannot be shown right now')).toHaveCount(0);
  });

  for (const [label, viewport] of [
    ['desktop', { width: 1280, height: 720 }],
    ['phone', { width: 390, height: 844 }],
  ]) {
    test(`the picture's space is reserved before it arrives: nothing moves when it loads (${label})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      let release;
      const arrived = new Promise((resolve) => {
        release = resolve;
      });
      let requested = false;
      await page.route(`**/${PHOTO.image.src}`, async (route) => {
        requested = true;
        await arrived;
        await route.continue();
      });
      await openPhotoLink(page, PHOTO);
      const dialog = photoDialog(page, PHOTO);
      const image = dialog.locator('.picture-frame img');
      await expect.poll(() => requested, { message: 'the picture was asked for' }).toBe(true);
      expect(await image.evaluate((img) => img.naturalWidth), 'the picture has not arrived yet').toBe(0);
      const layout = () =>
        page.evaluate(() => {
          const box = (selector) => {
            const r = document.querySelector(`dialog[open] ${selector}`).getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          };
          return { frame: box('.picture-frame'), title: box('#photo-title'), caption: box('.photo-caption'), actions: box('.photo-actions') };
        });
      const before = await layout();
      expect(before.frame.height, 'the frame has height before the picture loads').toBeGreaterThan(0);
      expect(before.frame.width / before.frame.height).toBeCloseTo(PHOTO.image.width / PHOTO.image.height, 1);

      release();
      await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth), { message: 'the picture loads' }).toBeGreaterThan(0);
      await nextFrames(page);
      const after = await layout();
      for (const part of Object.keys(before)) {
        for (const key of ['x', 'y', 'width', 'height']) {
          expect(Math.abs(after[part][key] - before[part][key]), `${part}.${key}: ${before[part][key]} → ${after[part][key]}`).toBeLessThanOrEqual(0.5);
        }
      }
    });
  }
});

test.describe('the numbers', () => {
  for (const [where, open] of [
    ['the photo view', (page) => openPhotoLink(page, PHOTO)],
    [
      'the statistics dialog',
      async (page) => {
        await openMap(page);
        await page.getByRole('button', { name: 'Industry in numbers', exact: true }).click();
        await expect(page.getByRole('dialog', { name: "Shijingshan's sci-fi industry" })).toBeVisible();
      },
    ],
  ]) {
    test(`in ${where}, each figure has a full sentence for screen readers and the chart is named`, async ({ page }) => {
      await open(page);
      const dialog = page.getByRole('dialog');
      const figures = dialog.locator('.figures');
      await expect(figures.locator('.visually-hidden')).toHaveText(SENTENCES.en);
      // The sentences are there for assistive technology but take no room on screen.
      const boxes = await figures.locator('.visually-hidden').evaluateAll((spans) =>
        spans.map((s) => {
          const r = s.getBoundingClientRect();
          return { width: r.width, height: r.height, clip: getComputedStyle(s).clip };
        }),
      );
      for (const box of boxes) {
        expect(box.width).toBeLessThanOrEqual(1);
        expect(box.height).toBeLessThanOrEqual(1);
      }
      // The visible number and label are hidden from the accessibility tree, so nothing is read twice.
      for (const part of await figures.locator('.figure-value, .figure-label').all()) {
        await expect(part).toHaveAttribute('aria-hidden', 'true');
      }
      await expect(dialog.getByRole('img', { name: CHART_NAME, exact: true })).toBeVisible();
      // The accessibility tree (YAML quotes an apostrophe by doubling it).
      const tree = (await figures.ariaSnapshot()).replaceAll("''", "'");
      for (const sentence of SENTENCES.en) expect(tree).toContain(sentence);
      expect(tree).toContain(`img "${CHART_NAME}"`);
      const first = FIGURES.en[0];
      expect(tree, `the visible "${first}" is not read on its own`).not.toMatch(new RegExp(`text: "?${escapeRegExp(first)}"?\\s*$`, 'm'));
    });
  }

  /// Records every text the first figure (the company count) shows, from its first frame on.
  const recordCompanyCount = (page) =>
    page.addInitScript(() => {
      window.__companyCounts = [];
      const record = () => {
        const value = document.querySelector('dialog[open] .figure-value');
        const text = value?.textContent;
        if (text !== undefined && window.__companyCounts.at(-1) !== text) window.__companyCounts.push(text);
      };
      new MutationObserver(record).observe(document, { childList: true, subtree: true, characterData: true });
    });
  const companyCounts = (page) => page.evaluate(() => window.__companyCounts);

  test('with reduced motion, the numbers show their final values at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await recordCompanyCount(page);
    await openMap(page);
    await page.getByRole('button', { name: 'Industry in numbers', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: "Shijingshan's sci-fi industry" });
    await expect(dialog.locator('.figure-value')).toHaveText(FIGURES.en);
    // From the first frame the count is final: it never showed anything else.
    expect(await companyCounts(page), 'every value the count showed').toEqual([FIGURES.en[0]]);
  });

  test('with reduced motion, the photo view\'s numbers show their final values at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await recordCompanyCount(page);
    await openFromMap(page, PHOTO);
    await expect(photoDialog(page, PHOTO).locator('.figure-value').first()).toHaveText(FIGURES.en[0]);
    expect(await companyCounts(page), 'every value the count showed').toEqual([FIGURES.en[0]]);
  });

  test('without reduced motion too, the photo view\'s numbers are final at once: only the statistics view counts up', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await recordCompanyCount(page);
    await openFromMap(page, PHOTO);
    await expect(photoDialog(page, PHOTO).locator('.figure-value').first()).toHaveText(FIGURES.en[0]);
    await page.waitForTimeout(1500);
    expect(await companyCounts(page), 'every value the count showed').toEqual([FIGURES.en[0]]);
  });

  test('without reduced motion, the numbers count up from a smaller first value to their final value', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await recordCompanyCount(page);
    await openMap(page);
    await page.getByRole('button', { name: 'Industry in numbers', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: "Shijingshan's sci-fi industry" });
    await expect(dialog.locator('.figure-value')).toHaveText(FIGURES.en);
    const counts = await companyCounts(page);
    expect(counts.length, `counted up: ${counts.join(', ')}`).toBeGreaterThan(1);
    expect(Number(counts[0]), `the first frame: ${counts.join(', ')}`).toBeLessThan(Number(FIGURES.en[0]));
    expect(counts.at(-1)).toBe(FIGURES.en[0]);
    const numbers = counts.map(Number);
    expect(numbers, 'the count only goes up').toEqual([...numbers].sort((a, b) => a - b));
  });
});

test.describe('links and history', () => {
  test('a link to a photo opens it, and a reload shows the same photo', async ({ page }) => {
    await openPhotoLink(page, AT_ANOTHER_SITE, `?photo=${AT_ANOTHER_SITE.id}`);
    await expectShowing(page, AT_ANOTHER_SITE);
    await page.reload();
    await expect(page.locator('#static-shell')).toHaveCount(0);
    await expectShowing(page, AT_ANOTHER_SITE);
    await expect(page.getByRole('dialog')).toHaveCount(1);
    expect(await page.getByRole('dialog').evaluate((d) => d.matches(':modal'))).toBe(true);
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(AT_ANOTHER_SITE.title.en)} · `));
  });

  for (const [how, close] of [
    ['Escape', (page) => page.keyboard.press('Escape')],
    ['a click on the backdrop', (page) => page.mouse.click(5, 5)],
  ]) {
    test(`a photo opened from a link closes by ${how} to the map, which then has focus`, async ({ page }) => {
      await openPhotoLink(page, PHOTO);
      await close(page);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect.poll(() => searchParam(page, 'photo')).toBeNull();
      expect(new URL(page.url()).pathname).toBe('/');
      await expect(mapRegion(page)).toBeFocused();
    });
  }

  test('Back closes a photo opened from the map, and Forward opens it again', async ({ page }) => {
    await openFromMap(page, PHOTO);
    await page.goBack();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => searchParam(page, 'photo')).toBeNull();
    await expect(mapRegion(page)).toBeVisible();
    await page.goForward();
    await expectShowing(page, PHOTO);
    // Closing again still goes back to the map.
    await dialogButton(page, 'Close').click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => searchParam(page, 'photo')).toBeNull();
  });

  test('a link to a photo that does not exist says so kindly, and Back to the map returns to the map', async ({ page }) => {
    await page.goto('?photo=no-such-photo&lang=en');
    await expect(page.locator('#static-shell')).toHaveCount(0);
    const dialog = page.getByRole('dialog', { name: "We can't find that photo", exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(dialog).toContainText('The photo in this link is not part of the exhibit.');
    await dialog.getByRole('button', { name: 'Back to the map', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => searchParam(page, 'photo')).toBeNull();
    await expect(mapRegion(page)).toBeVisible();
    await expect(hotspots(page)).toHaveCount(photosInOrder.length);
    await expect(mapRegion(page)).toBeFocused();
  });

  test('the same build under a sub-path opens a photo link and loads its picture', async ({ page }) => {
    const port = Number(process.env.EXHIBIT_PORT || 8765) + 1;
    const root = `http://127.0.0.1:${port}/exhibits/shijingshan/`;
    const failures = [];
    page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
    page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
    const pictureResponse = page.waitForResponse((r) => r.url().endsWith(PHOTO.image.src));
    await page.goto(`${root}?photo=${PHOTO.id}&lang=en`);
    await expect(page.locator('#static-shell')).toHaveCount(0);
    await expectShowing(page, PHOTO);
    const response = await pictureResponse;
    expect(response.url()).toBe(`${root}${PHOTO.image.src}`);
    expect(response.status()).toBe(200);
    const image = picture(photoDialog(page, PHOTO), PHOTO);
    await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/exhibits/shijingshan/');

    // Closing stays under the sub-path, and the map's picture loads there too.
    await dialogButton(page, 'Close').click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(new URL(page.url()).pathname).toBe('/exhibits/shijingshan/');
    await expect(mapRegion(page)).toBeVisible();
    expect(failures).toEqual([]);
  });
});

test.describe('sharing', () => {
  test('without a system share sheet, Share copies the photo\'s link and says so', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      // A browser with no Web Share API, and a clipboard that records what it is given.
      delete Navigator.prototype.share;
      delete Navigator.prototype.canShare;
      window.__copied = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text) => void window.__copied.push(text) },
      });
    });
    await openFromMap(page, PHOTO);
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    const status = page.getByRole('dialog').getByRole('status');
    await expect(status).toHaveText('');
    await dialogButton(page, 'Share').click();
    await expect(status).toHaveText('Link copied');
    const copied = await page.evaluate(() => window.__copied);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain(`?photo=${PHOTO.id}`);
    expect(copied[0]).toBe(`${baseURL}?photo=${PHOTO.id}&lang=en`);

    // The link shared is the one on screen after stepping, and "Link copied" was about the
    // photo before.
    await dialogButton(page, 'Next photo').click();
    await expectShowing(page, NEXT_PHOTO);
    await expect(status).toHaveText('');
    await dialogButton(page, 'Share').click();
    await expect.poll(() => page.evaluate(() => window.__copied.length)).toBe(2);
    expect((await page.evaluate(() => window.__copied))[1]).toContain(`?photo=${NEXT_PHOTO.id}`);
    // Closed and opened again, the photo view says nothing about the last share.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await hotspot(page, PHOTO).click();
    await expect(photoDialog(page, PHOTO)).toBeVisible();
    await expect(status).toHaveText('');

    // And the copied link opens that photo.
    await openPhotoLink(page, PHOTO, copied[0]);
    await expectShowing(page, PHOTO);
  });

  test('with the real clipboard, Share copies the photo\'s link', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    await page.addInitScript(() => {
      delete Navigator.prototype.share;
      delete Navigator.prototype.canShare;
    });
    await openFromMap(page, PHOTO);
    await dialogButton(page, 'Share').click();
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`?photo=${PHOTO.id}`);
  });
});

test.describe('accessibility scans', () => {
  // Playwright's Chromium prefers a light colour scheme unless told otherwise; the exhibit has
  // styles for both, so both are scanned.
  for (const colorScheme of ['light', 'dark']) {
    test(`the open photo view has no accessibility violations (${colorScheme} colour scheme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openFromMap(page, PHOTO);
      await expect(picture(photoDialog(page, PHOTO), PHOTO)).toBeVisible();
      await expect(photoDialog(page, PHOTO).locator('.figure-value').first()).toHaveText(FIGURES.en[0]);
      await expectNoAxeViolations(page);
    });

    test(`the open statistics dialog has no accessibility violations (${colorScheme} colour scheme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openMap(page);
      await page.getByRole('button', { name: 'Industry in numbers', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: "Shijingshan's sci-fi industry" });
      await expect(dialog).toBeVisible();
      await expect(dialog).toHaveAttribute('aria-modal', 'true');
      await expect(dialog.locator('.figure-value')).toHaveText(FIGURES.en);
      await expectNoAxeViolations(page);
    });
  }
});
