// The layout for each form factor (issue #15): a phone's first screen is all exhibit, the photo
// view is made for one hand, no dialog lets its text out, and an idle kiosk invites a touch.
import { test, expect, openMap, mapRegion, testPack, photosInOrder, escapeRegExp, expectNoAxeViolations } from './fixtures.mjs';

const pack = testPack();
const LANGS = ['en', 'zh'];
/// The interface's words these tests look for, as a visitor reads them (src/ui_text.rs).
const ui = {
  en: {
    places: 'The places and their photos',
    language: 'Language',
    touch_to_explore: 'Touch a light to explore',
    previous: 'Previous photo',
    next: 'Next photo',
    close: 'Close',
  },
  zh: {
    places: '展览地点与照片',
    language: '语言',
    touch_to_explore: '轻触光点开始探索',
    previous: '上一张',
    next: '下一张',
    close: '关闭',
  },
};
/// The widths of the issue, each with a screen height of its kind.
const SIZES = [
  [320, 640],
  [390, 844],
  [768, 1024],
  [1280, 720],
  [1440, 900],
  [1920, 1080],
];
/// The photo with the most to say: the longest title and caption in either language.
const wordiest = [...pack.photos].sort(
  (a, b) =>
    Math.max(...LANGS.map((l) => b.title[l].length + b.caption[l].length)) -
    Math.max(...LANGS.map((l) => a.title[l].length + a.caption[l].length)),
)[0];

/// The tallest run of screen rows whose pixels are all one colour, as a share of the screen's
/// height. The screenshot is decoded by drawing it into a canvas in a blank page.
async function tallestBlankBand(page) {
  const png = await page.screenshot();
  const reader = await page.context().newPage();
  try {
    return await reader.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const g = canvas.getContext('2d');
      g.drawImage(image, 0, 0);
      const { data: px, width, height } = g.getImageData(0, 0, image.width, image.height);
      let run = 0;
      let tallest = { rows: 0, from: 0 };
      for (let y = 0; y < height; y += 1) {
        const row = y * width * 4;
        let blank = true;
        for (let x = 1; x < width && blank; x += 1) {
          const i = row + x * 4;
          blank = px[i] === px[row] && px[i + 1] === px[row + 1] && px[i + 2] === px[row + 2];
        }
        run = blank ? run + 1 : 0;
        if (run > tallest.rows) tallest = { rows: run, from: y - run + 1 };
      }
      return { share: tallest.rows / height, ...tallest };
    }, png.toString('base64'));
  } finally {
    await reader.close();
  }
}

/// Every piece of visible text in the box `selector` finds (a dialog or a panel) that reaches
/// outside it (or, for a big figure, outside its own figure), and whether the box scrolls
/// sideways. Screen-reader-only text is left out.
function textOutside(page, selector) {
  return page.evaluate((selector) => {
    const holder = document.querySelector(selector);
    const box = holder.getBoundingClientRect();
    const inner = { left: box.left + holder.clientLeft, right: box.left + holder.clientLeft + holder.clientWidth };
    const outside = [];
    const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!text || node.parentElement.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const figure = node.parentElement.closest('.figure');
      const own = figure ? figure.getBoundingClientRect() : inner;
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if (r.left < inner.left - 1 || r.right > inner.right + 1 || r.left < own.left - 1 || r.right > own.right + 1) {
          outside.push(`"${text.slice(0, 30)}" ${Math.round(r.left)}–${Math.round(r.right)} (box ${Math.round(own.left)}–${Math.round(own.right)})`);
        }
      }
    }
    if (holder.scrollWidth > holder.clientWidth + 1) outside.push(`it scrolls sideways (${holder.scrollWidth} > ${holder.clientWidth})`);
    return outside;
  }, selector);
}

test.describe('phone home', () => {
  for (const [width, height] of [
    [390, 844],
    [320, 640],
  ]) {
    for (const lang of LANGS) {
      test.describe(`${width}×${height} ${lang}`, () => {
        test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });
        test('the first screen is all exhibit: no blank band taller than 12 % of the screen, both places and a photo to tap in view', async ({ page }) => {
          await openMap(page, `?lang=${lang}`);
          await page.waitForLoadState('networkidle');
          const band = await tallestBlankBand(page);
          expect(band.share, `a blank band of ${band.rows} px from y=${band.from}`).toBeLessThanOrEqual(0.12);
          // Both places, by their labels on the map (whole, but for the rounding of their
          // zoom-cancelling scale: a ratio of 0.99999994 is seen).
          for (const site of pack.sites) {
            await expect(page.getByRole('button', { name: new RegExp(`^${escapeRegExp(site.name[lang])}`) })).toBeInViewport({ ratio: 0.99 });
          }
          // A photo to open on the first screen: the first place's first card, its picture and
          // title in view (a long title in the masthead may push the card's lower edge out).
          const places = page.getByRole('region', { name: ui[lang].places });
          const first = photosInOrder[0];
          const card = places.getByRole('button', { name: new RegExp(`^${escapeRegExp(first.title[lang])}`) });
          await expect(card).toBeInViewport({ ratio: 0.75 });
          await expect(card.getByText(first.title[lang], { exact: true })).toBeInViewport({ ratio: 1 });
          await expect(mapRegion(page)).toBeInViewport({ ratio: 0.9 });
          await expectNoAxeViolations(page);
        });
      });
    }
  }
});

test("the places' labels never cover each other, nor leave the map, at any size in either language", async ({ page }) => {
  // The test pack's middle site has a very long name between two close neighbours.
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    for (const lang of LANGS) {
      await openMap(page, `?lang=${lang}`);
      const boxes = [];
      for (const site of pack.sites) {
        const label = page.getByRole('button', { name: new RegExp(`^${escapeRegExp(site.name[lang])}`) });
        await expect(label).toBeVisible();
        boxes.push({ name: site.name[lang], ...(await label.boundingBox()) });
      }
      const map = await mapRegion(page).boundingBox();
      for (const [i, a] of boxes.entries()) {
        expect(a.x >= map.x - 1 && a.x + a.width <= map.x + map.width + 1, `${width}×${height} ${lang}: ${a.name} leaves the map`).toBe(true);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1 || a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1;
          expect(apart, `${width}×${height} ${lang}: "${a.name}" and "${b.name}" overlap`).toBe(true);
        }
      }
    }
  }
});

test('no text outside its dialog or panel: the photo view, the statistics and a site wrap their text at every size in both languages, big figures included', async ({ page }) => {
  test.setTimeout(300_000);
  // The figures at their final values at once, not counting up.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const views = [
    ['photo', (lang) => `?photo=${wordiest.id}&lang=${lang}`, 'dialog[open]'],
    ['statistics', (lang) => `?view=statistics&lang=${lang}`, 'dialog[open]'],
    ['site', (lang) => `?site=${pack.sites[0].id}&lang=${lang}`, '.site-panel'],
  ];
  const problems = [];
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    for (const lang of LANGS) {
      for (const [name, query, selector] of views) {
        await page.goto(query(lang));
        await expect(page.locator('#static-shell')).toHaveCount(0);
        await expect(page.locator(selector)).toBeVisible();
        if (name !== 'site') await expect(page.locator(`${selector} .figure-value`)).toHaveCount(pack.statistics.length);
        for (const problem of await textOutside(page, selector)) problems.push(`${name} ${width}×${height} ${lang}: ${problem}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test.describe('photo view on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const lang of LANGS) {
    test(`${lang}: the picture starts in the top third; previous, next and close sit in the bottom third; one language switch`, async ({ page }) => {
      const photo = pack.photos[0];
      await page.goto(`?photo=${photo.id}&lang=${lang}`);
      const dialog = page.getByRole('dialog', { name: photo.title[lang], exact: true });
      await expect(dialog).toBeVisible();
      const screen = page.viewportSize().height;
      const picture = await dialog.getByRole('img', { name: photo.alt[lang], exact: true }).boundingBox();
      expect(picture.y, 'the picture starts in the top third').toBeLessThan(screen / 3);
      expect(picture.y + picture.height, 'the picture is on the first screen').toBeLessThanOrEqual(screen);
      for (const key of ['previous', 'next', 'close']) {
        const button = await dialog.getByRole('button', { name: ui[lang][key], exact: true }).boundingBox();
        expect(button.y, `${key} sits in the bottom third`).toBeGreaterThanOrEqual((screen * 2) / 3);
        expect(button.y + button.height, `${key} is on screen`).toBeLessThanOrEqual(screen);
        expect(Math.min(button.width, button.height), `${key} is a 44 px target`).toBeGreaterThanOrEqual(44);
      }
      // One language switch on the screen: the dialog's; the page's own is hidden behind it.
      const switches = await page.getByRole('group', { name: ui[lang].language }).evaluateAll((groups) =>
        groups.filter((g) => {
          const r = g.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return r.width > 0 && g.contains(top);
        }).length,
      );
      expect(switches).toBe(1);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('kiosk', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1080, 1920],
  ]) {
    test.describe(`${width}×${height}`, () => {
      test.use({ viewport: { width, height } });
      test('after two idle minutes the call to action shows in both languages, large enough to read from a metre', async ({ page }) => {
        await page.clock.install();
        await openMap(page, '?mode=kiosk&lang=en');
        await page.clock.runFor(120_000);
        for (const lang of LANGS) {
          const call = page.getByText(ui[lang].touch_to_explore, { exact: true });
          await expect(call).toBeVisible();
          await expect(call).toBeInViewport({ ratio: 1 });
          const size = await call.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
          expect(size, 'type readable from 1 m').toBeGreaterThanOrEqual(28);
        }
        await expect(mapRegion(page)).toBeVisible();
      });
    });
  }
});
