// 中文 and English: the switch, what it changes and keeps, where the first language comes from
// (the link, else the visitor's saved choice, else the browser's languages, else English), and
// accessibility scans in both languages.
import {
  test, expect, testPack, photosInOrder, hotspotName, FIGURES, longDate, expectNoAxeViolations, openMap, searchParam,
  nextFrames, escapeRegExp, mapRegion, mapView,
} from './fixtures.mjs';

const pack = testPack();
// The photo the tests open: the second in the visiting order.
const PHOTO = photosInOrder[1];
const TITLE = pack.title;
// Interface texts (src/ui_text.rs), not content.
const STATS_TITLE = { zh: '石景山科幻产业数据', en: "Shijingshan's sci-fi industry" };
const HTML_LANG = { zh: 'zh-Hans', en: 'en' };

const hotspots = (page) => page.locator('#map .hotspot');
const switchButton = (page, name) => page.locator('.masthead').getByRole('button', { name, exact: true });

/// Expects the whole page to be in `lang`: heading, <html lang>, title, link and the switch.
async function expectLanguage(page, lang) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE[lang]);
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
  await expect.poll(() => searchParam(page, 'lang')).toBe(lang);
  await expect(switchButton(page, '中文')).toHaveAttribute('aria-pressed', String(lang === 'zh'));
  await expect(switchButton(page, 'English')).toHaveAttribute('aria-pressed', String(lang === 'en'));
}

/// A fresh browser context with `options` (a locale, say), failing on console errors like the
/// fixture's page does. Returns the page; the context closes at the end of the test.
async function freshVisitor(browser, baseURL, options, cleanups) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  cleanups.push(async () => {
    await context.close();
    expect(problems, 'the page logged no errors').toEqual([]);
  });
  return page;
}

test.describe('the language switch', () => {
  test('switching to 中文 on the home view changes the heading, <html lang>, title and link, and is remembered', async ({ page }) => {
    await openMap(page, '/');
    await expectLanguage(page, 'en');
    await expect(page).toHaveTitle(TITLE.en);

    await switchButton(page, '中文').click();
    await expectLanguage(page, 'zh');
    await expect(page).toHaveTitle(TITLE.zh);
    await expect(page.getByRole('button', { name: '产业数据', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: '首钢园示意地图' })).toBeVisible();
    // Each button keeps its own language.
    await expect(switchButton(page, 'English')).toHaveAttribute('lang', 'en');
    await expect(switchButton(page, '中文')).toHaveAttribute('lang', 'zh-Hans');

    // The choice is saved: the plain address, with no lang in it, opens in Chinese.
    await openMap(page, '/');
    await expectLanguage(page, 'zh');
    await expect(page).toHaveTitle(TITLE.zh);

    // And switching back is saved too.
    await switchButton(page, 'English').click();
    await expectLanguage(page, 'en');
    await openMap(page, '/');
    await expectLanguage(page, 'en');
  });

  /// Zooms in twice and pans up and left with the keyboard, away from the home view.
  async function moveTheMap(page) {
    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    await zoomIn.click();
    await zoomIn.click();
    await page.locator('#map').focus();
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowUp', 'ArrowUp']) await page.keyboard.press(key);
    await nextFrames(page);
  }


  test('switching language keeps the map\'s zoom and the place it shows', async ({ page }) => {
    await openMap(page);
    await moveTheMap(page);
    const before = await mapView(page);
    expect(before.scale).toBeGreaterThan(1);
    expect(Math.abs(before.centre.x - 0.5) + Math.abs(before.centre.y - 0.5), 'the map was panned away from the middle').toBeGreaterThan(0.05);

    await switchButton(page, '中文').click();
    await expectLanguage(page, 'zh');
    await nextFrames(page);
    const after = await mapView(page);
    const what = `before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`;
    expect(after.scale, `the zoom is kept: ${what}`).toBe(before.scale);
    expect(Math.abs(after.centre.x - before.centre.x), `the same place is in the middle (x): ${what}`).toBeLessThan(0.03);
    expect(Math.abs(after.centre.y - before.centre.y), `the same place is in the middle (y): ${what}`).toBeLessThan(0.03);
    await expect(page.getByRole('button', { name: '放大', exact: true })).toBeVisible();
    await expect(hotspots(page).first()).toHaveAttribute('aria-label', /打开照片$/);
  });

  // The photo view and the statistics have their own 中文 / English, since the page behind a
  // modal dialog is inert.
  const dialogSwitch = (page, name) =>
    page.getByRole('dialog').getByRole('group', { name: /^(Language|语言)$/ }).getByRole('button', { name, exact: true });

  test('switching to 中文 with a photo open keeps that photo open and shows its Chinese title and caption', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: hotspotName(PHOTO), exact: true }).click();
    await expect(page.getByRole('dialog', { name: PHOTO.title.en })).toBeVisible();
    await expect(dialogSwitch(page, 'English')).toHaveAttribute('aria-pressed', 'true');
    await dialogSwitch(page, '中文').click();

    const dialog = page.getByRole('dialog', { name: PHOTO.title.zh, exact: true });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(1);
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    await expect(dialogSwitch(page, '中文')).toHaveAttribute('aria-pressed', 'true');
    await expect(dialogSwitch(page, 'English')).toHaveAttribute('aria-pressed', 'false');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(PHOTO.title.zh);
    await expect(dialog.getByText(PHOTO.caption.zh, { exact: true })).toBeVisible();
    await expect(dialog.getByRole('img', { name: PHOTO.alt.zh, exact: true })).toBeVisible();
    await expect(dialog.locator('.photo-count')).toHaveText(`第 2 张，共 ${photosInOrder.length} 张`);
    await expect(dialog.getByText(longDate('zh', PHOTO.date), { exact: true })).toBeVisible();
    await expect(dialog.getByText(PHOTO.credit.zh, { exact: true })).toBeVisible();
    await expect(dialog.getByText(PHOTO.image_note.zh, { exact: true })).toBeVisible();
    await expect(dialog.locator('.figure-value')).toHaveText(FIGURES.zh);
    for (const name of ['上一张', '下一张', '分享', '关闭']) {
      await expect(dialog.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('.masthead h1')).toHaveText(TITLE.zh);
    await expect.poll(() => searchParam(page, 'photo')).toBe(PHOTO.id);
    await expect.poll(() => searchParam(page, 'lang')).toBe('zh');
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(PHOTO.title.zh)} · ${escapeRegExp(TITLE.zh)}$`));

    // Still one history entry for the photo: Close returns to the map, now in Chinese.
    await dialog.getByRole('button', { name: '关闭', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => searchParam(page, 'photo')).toBeNull();
    await expectLanguage(page, 'zh');
    // The choice made in the photo view is saved like any other.
    await openMap(page, '/');
    await expectLanguage(page, 'zh');
  });

  test('switching to 中文 with the statistics open shows the Chinese numbers', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Industry in numbers', exact: true }).click();
    await expect(page.getByRole('dialog', { name: STATS_TITLE.en })).toBeVisible();
    await expect(page.getByRole('dialog').locator('.figure-value')).toHaveText(FIGURES.en);
    await dialogSwitch(page, '中文').click();
    const dialog = page.getByRole('dialog', { name: STATS_TITLE.zh, exact: true });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await expect(dialog.locator('.figure-value')).toHaveText(FIGURES.zh);
    await expect(dialog.getByText(pack.intro.zh, { exact: true })).toBeVisible();
    await expect(dialog.getByRole('img', { name: /^饼图/ })).toBeVisible();
    await expect(dialog.locator('.visually-hidden').first()).toHaveText(`${FIGURES.zh[0]}${pack.statistics[0].label.zh}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect.poll(() => searchParam(page, 'view')).toBe('statistics');
    await expect.poll(() => searchParam(page, 'lang')).toBe('zh');
    // And back to English.
    await dialogSwitch(page, 'English').click();
    await expect(page.getByRole('dialog', { name: STATS_TITLE.en, exact: true }).locator('.figure-value')).toHaveText(FIGURES.en);
  });

  test('a link to the statistics in Chinese shows the Chinese numbers', async ({ page }) => {
    await page.goto('?view=statistics&lang=zh');
    const dialog = page.getByRole('dialog', { name: STATS_TITLE.zh, exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.figure-value')).toHaveText(FIGURES.zh);
  });
});

test.describe('where the first language comes from', () => {
  const cleanups = [];
  test.afterEach(async () => {
    while (cleanups.length) await cleanups.pop()();
  });

  test('a browser that prefers Chinese gets Chinese when the link and saved choice say nothing', async ({ browser, baseURL }) => {
    const page = await freshVisitor(browser, baseURL, { locale: 'zh-CN' }, cleanups);
    expect(await page.evaluate(() => navigator.languages)).toEqual(['zh-CN']);
    await openMap(page, '/');
    await expectLanguage(page, 'zh');
    await expect(page).toHaveTitle(TITLE.zh);
  });

  test('the saved choice wins over the browser\'s languages', async ({ browser, baseURL }) => {
    const page = await freshVisitor(browser, baseURL, { locale: 'zh-CN' }, cleanups);
    await openMap(page, '/');
    await expectLanguage(page, 'zh');
    await switchButton(page, 'English').click();
    await expectLanguage(page, 'en');
    await openMap(page, '/');
    await expectLanguage(page, 'en');
  });

  test('the link\'s language wins over the saved choice and the browser\'s languages', async ({ browser, baseURL }) => {
    const page = await freshVisitor(browser, baseURL, { locale: 'zh-CN' }, cleanups);
    await openMap(page, '/');
    await switchButton(page, '中文').click();
    await expectLanguage(page, 'zh');
    // Saved: Chinese; browser: Chinese; link: English.
    await openMap(page, '?lang=en');
    await expectLanguage(page, 'en');
    await page.goto(`?photo=${PHOTO.id}&lang=en`);
    await expect(page.getByRole('dialog', { name: PHOTO.title.en, exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('English when neither the link, a saved choice nor the browser names a language the exhibit has', async ({ browser, baseURL }) => {
    const page = await freshVisitor(browser, baseURL, { locale: 'fr-FR' }, cleanups);
    await openMap(page, '/');
    await expectLanguage(page, 'en');
    await expect(page).toHaveTitle(TITLE.en);
    // A language the exhibit does not have, in the link, falls through to the same English.
    await openMap(page, '?lang=fr');
    await expectLanguage(page, 'en');
  });
});

test.describe('accessibility scans in both languages', () => {
  for (const lang of ['en', 'zh']) {
    test(`the home view in ${lang} has no accessibility violations`, async ({ page }) => {
      await openMap(page, `?lang=${lang}`);
      await expectLanguage(page, lang);
      await expectNoAxeViolations(page);
    });

    // Playwright's Chromium prefers a light colour scheme unless told otherwise; both are scanned.
    for (const colorScheme of ['light', 'dark']) {
      test(`the photo view in ${lang} has no accessibility violations (${colorScheme} colour scheme)`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`?photo=${PHOTO.id}&lang=${lang}`);
        await expect(page.locator('#static-shell')).toHaveCount(0);
        const dialog = page.getByRole('dialog', { name: PHOTO.title[lang], exact: true });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('img', { name: PHOTO.alt[lang], exact: true })).toBeVisible();
        await expect(dialog.locator('.figure-value')).toHaveText(FIGURES[lang]);
        await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
        await expectNoAxeViolations(page);
      });
    }
  }
});
