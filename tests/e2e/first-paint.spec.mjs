// Issue #13: before (and without) the app, the page is the exhibit: its places and photos are
// real links, in the visitor's language from the first frame, and the app's downloads start
// together instead of one after another.
import { test, expect, testPack, escapeRegExp } from './fixtures.mjs';

const pack = testPack();
const holdWasm = (page) => page.route('**/*.wasm', () => {});
/// Holds the wasm back until the test calls the function it returns: the static shell is the
/// page until then, and the app takes over right after.
async function holdWasmUntilReleased(page) {
  let release;
  const held = new Promise((done) => (release = done));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every place and every photo is a link a visitor can follow and read', async ({ page }) => {
    await page.goto('?lang=en');
    for (const site of pack.sites) {
      await expect(page.getByRole('link', { name: new RegExp(`^${escapeRegExp(site.name.en)}`) })).toHaveAttribute('href', `sites/${site.id}/`);
    }
    await page.getByRole('link', { name: 'List view' }).click();
    const list = page.getByRole('navigation', { name: 'List view' });
    await expect(list.getByRole('link')).toHaveCount(pack.photos.length);
    for (const photo of pack.photos) {
      await expect(list.getByRole('link', { name: photo.title.en, exact: true })).toBeVisible();
    }
    // Each photo's own page carries its caption and credit.
    for (const photo of pack.photos) {
      await page.goto(`photos/${photo.id}/`);
      const article = page.getByRole('article').filter({ has: page.getByRole('heading', { name: photo.title.en, exact: true }) });
      await expect(article.getByText(photo.caption.en, { exact: false })).toBeVisible();
      await expect(article.getByText(photo.credit.en, { exact: false })).toBeVisible();
    }
  });
});

test('a tap on a place before the app has started goes to that place', async ({ page }) => {
  await holdWasm(page);
  await page.goto('?lang=en');
  const site = pack.sites[0];
  await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(site.name.en)}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/sites/${site.id}/$`));
});

test('then the app takes over that place, with the same link still in the address bar', async ({ page }) => {
  const site = pack.sites[1];
  await page.goto(`sites/${site.id}/?lang=en`);
  await expect(page.locator('#static-shell')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: new RegExp(escapeRegExp(site.name.en)) }).first()).toBeVisible();
});

test.describe('a Chinese visitor', () => {
  test.use({ locale: 'zh-CN' });

  test('sees Chinese from the first frame, before the app has started', async ({ page }) => {
    await holdWasm(page);
    await page.goto('');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(pack.title.zh);
    await expect(page.getByRole('link', { name: pack.sites[0].name.en })).toHaveCount(0);
    await expect(page.getByRole('link', { name: new RegExp(`^${escapeRegExp(pack.sites[0].name.zh)}`) })).toBeVisible();
    await expect(page.getByRole('img', { name: pack.map.alt.zh, exact: true })).toBeVisible();
  });

  test('finds the photo list under its Chinese name, before the app has started', async ({ page }) => {
    await holdWasm(page);
    await page.goto('');
    await page.getByRole('link', { name: '列表浏览', exact: true }).click();
    const list = page.getByRole('navigation', { name: '列表浏览', exact: true });
    await expect(list).toBeVisible();
    await expect(list.getByRole('link')).toHaveCount(pack.photos.length);
    await expect(page.getByRole('navigation', { name: /List view/ })).toHaveCount(0);
  });

  test('who chose English on the link sees English from the first frame', async ({ page }) => {
    await holdWasm(page);
    await page.goto('?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(pack.title.en);
    await expect(page.getByRole('img', { name: pack.map.alt.en, exact: true })).toBeVisible();
  });
});

test('the content pack is asked for while the wasm is still on its way, not after it', async ({ page }) => {
  let wasmDone = false;
  let packAskedWhileWasmPending = null;
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    await new Promise((done) => setTimeout(done, 1500));
    wasmDone = true;
    await route.fulfill({ response });
  });
  page.on('request', (request) => {
    if (request.url().endsWith('/exhibit.json') && packAskedWhileWasmPending === null) packAskedWhileWasmPending = !wasmDone;
  });
  await page.goto('?lang=en');
  await expect(page.locator('#static-shell')).toHaveCount(0);
  expect(packAskedWhileWasmPending).toBe(true);
  // And once: the app took the early response instead of asking again.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pack.title.en);
});

test('a page left stale by a pack replaced without publishing shows the new pack once the app runs', async ({ page }) => {
  const renamed = structuredClone(pack);
  renamed.sites[0].name.en = 'A place renamed on the server';
  await page.route('**/exhibit.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(renamed) }));
  await page.goto('?lang=en');
  await expect(page.locator('#static-shell')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^A place renamed on the server/ })).toBeVisible();
  await expect(page.getByText(pack.sites[0].name.en, { exact: true })).toHaveCount(0);
});

// The static shell is written by the publish step, the app's markup by its views: this keeps the
// two from drifting apart where a visitor would see it.
test('a tap on a hotspot before the app has started opens that photo, and the app takes over there', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const release = await holdWasmUntilReleased(page);
  await page.goto('?lang=en');
  const photo = pack.photos[2];
  const site = pack.sites.find((s) => s.id === photo.site);
  await page.getByRole('link', { name: `${photo.title.en} · ${site.name.en} — open photo`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/photos/${photo.id}/$`));
  release();
  await expect(page.locator('#static-shell')).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: photo.title.en, exact: true })).toContainText(photo.caption.en);
});

test('a keyboard visitor who moved into the page before the app started keeps their place when it takes over', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const release = await holdWasmUntilReleased(page);
  await page.goto('?lang=en');
  const site = pack.sites[0];
  const place = new RegExp(`^${escapeRegExp(site.name.en)}`);
  // Tab through the shell to the first place, as a keyboard visitor does.
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('link', { name: place }).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByRole('link', { name: place })).toBeFocused();
  release();
  await expect(page.locator('#static-shell')).toHaveCount(0);
  await expect(page.getByRole('button', { name: place })).toBeFocused();
  // And the next Tab goes on from there, not from the top of the page.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement.closest('.map-layer') !== null), 'still on the map').toBe(true);
});

// Hotspots show in the shell exactly when the app shows them (a phone's map is too small to tap
// each one; the places lead there), at the same place and under the same name. A kiosk's
// hotspots are larger (64 px targets), so it crowds them at other widths.
for (const [width, height, hotspots, mode] of [
  [390, 844, 'none', 'browser'],
  [768, 1024, 'some', 'browser'],
  [1280, 720, 'some', 'browser'],
  [1920, 1080, 'some', 'kiosk'],
]) {
  test(`at ${width}×${height} (${mode}) the app takes over with the places, hotspots and photos where the shell drew them, under the same names`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const release = await holdWasmUntilReleased(page);
    await page.goto(`?lang=en&mode=${mode}`);
    // A place's label also counts its photos; a photo card is named by its title alone; a
    // hotspot by "title · place — open photo".
    const targets = [
      ...pack.sites.map((site) => new RegExp(`^${escapeRegExp(site.name.en)}`)),
      ...pack.photos.filter((photo) => photo.site === pack.sites[0].id).map((photo) => new RegExp(`^${escapeRegExp(photo.title.en)}$`)),
    ];
    // Where a control is, and how it is built: its classes and its descendants' classes, in
    // order and depth, so markup drift between publish's shell and the app's views (a class
    // renamed, a part added) shows even when the boxes still agree. The shell's two languages
    // (.in-zh/.in-en) and its spoken-only name (.visually-hidden) are the app's one text.
    const drawn = (control) =>
      control.evaluate((root) => {
        const parts = (el, depth) =>
          [...el.children].flatMap((child) => {
            if (child.matches('.in-zh, .in-en')) return parts(child, depth);
            if (child.matches('.visually-hidden')) return [];
            const own = `${depth}:${child.tagName === 'svg' ? 'svg' : child.className}`;
            return child.tagName === 'svg' ? [own] : [own, ...parts(child, depth + 1)];
          });
        const { x, y, width, height } = root.getBoundingClientRect();
        return { box: { x, y, width, height }, structure: [root.className, ...parts(root, 1)].join(' ') };
      });
    const boxes = async (role) => {
      const found = [];
      for (const name of targets) {
        const control = page.getByRole(role, { name });
        await expect(control).toBeVisible();
        found.push(await drawn(control));
      }
      return found;
    };
    const hotspotBoxes = async (role) => {
      const found = {};
      for (const control of await page.getByRole(role, { name: / — open photo$/ }).all()) {
        if (await control.isVisible()) found[await control.getAttribute('aria-label') ?? await control.textContent()] = await drawn(control);
      }
      return found;
    };
    const shell = await boxes('link');
    const shellHotspots = await hotspotBoxes('link');
    release();
    await expect(page.locator('#static-shell')).toHaveCount(0);
    const app = await boxes('button');
    for (const [i, name] of targets.entries()) {
      for (const side of ['x', 'y', 'width', 'height']) {
        expect(Math.abs(app[i].box[side] - shell[i].box[side]), `${name}: ${side} ${shell[i].box[side]} in the shell, ${app[i].box[side]} in the app`).toBeLessThanOrEqual(1);
      }
      expect(app[i].structure, `${name}: built alike`).toBe(shell[i].structure);
    }
    const appHotspots = await hotspotBoxes('button');
    const names = Object.keys(appHotspots);
    expect(names.length > 0, `hotspots shown at ${width}×${height}`).toBe(hotspots === 'some');
    expect(Object.keys(shellHotspots).length, 'the shell shows the hotspots the app shows').toBe(names.length);
    for (const name of names) {
      // The shell's link carries the name in both languages; the visible one is the app's.
      const inShell = Object.entries(shellHotspots).find(([text]) => text.includes(name));
      expect(inShell, `${name} in the shell`).toBeTruthy();
      expect(appHotspots[name].structure, `${name}: built alike`).toBe(inShell[1].structure);
      for (const side of ['x', 'y', 'width', 'height']) {
        expect(Math.abs(appHotspots[name].box[side] - inShell[1].box[side]), `${name}: ${side}`).toBeLessThanOrEqual(1);
      }
    }
  });
}

// Issue #25: everything a visitor reads on a photo's or the statistics' own page (as served,
// before the app runs: the shell in the link's language) is what the app's view of it says,
// word for word: one Rust function writes each text for both.
const LANGS = ['en', 'zh'];
/// The static page's content in `lang`, as a visitor sees it before the app runs (in a tab of
/// its own, whose app never starts).
async function staticArticle(page, path, lang) {
  const tab = await page.context().newPage();
  await holdWasm(tab);
  await tab.goto(`${path}?lang=${lang}`);
  await expect(tab.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
  const article = tab.getByRole('article');
  await expect(article).toHaveCount(1);
  return article;
}

for (const photo of pack.photos) {
  test(`the page photos/${photo.id}/ says in both languages what the photo view says`, async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(`?photo=${photo.id}&lang=${lang}`);
      const dialog = page.getByRole('dialog', { name: photo.title[lang], exact: true });
      await expect(dialog).toBeVisible();
      const title = await dialog.getByRole('heading', { level: 2 }).innerText();
      await expect(dialog.getByText(photo.caption[lang], { exact: true })).toBeVisible();
      // Credit, date and site, as the dialog's facts list gives them (its terms' words: the
      // stylesheet writes them in capitals).
      const terms = await dialog.getByRole('term').allTextContents();
      const facts = await dialog.getByRole('definition').allInnerTexts();
      expect(facts.length, `${lang}: the photo view's facts`).toBe(3);
      const [credit, date, site] = facts;
      expect(credit).toBe(photo.credit[lang]);
      expect(date).toMatch(/\d/);
      const article = await staticArticle(page, `photos/${photo.id}/`, lang);
      await expect(article.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
      // "原照片：…" / "Original photo: …": the label joined as each language writes it.
      const credited = `${terms[0]}${lang === 'zh' ? '：' : ': '}${credit}`;
      for (const fact of [photo.caption[lang], credited, date, site]) {
        await expect(article, `${lang}: "${fact}" on the page`).toContainText(fact, { useInnerText: true });
      }
      await article.page().close();
    }
  });
}

for (const site of pack.sites) {
  test(`the page sites/${site.id}/ says in both languages what the site panel says`, async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(`sites/${site.id}/?lang=${lang}`);
      await expect(page.locator('#static-shell')).toHaveCount(0);
      const panel = page.getByRole('complementary', { name: site.name[lang], exact: true });
      await expect(panel).toBeVisible();
      const name = await panel.getByRole('heading', { level: 2 }).innerText();
      await expect(panel.getByRole('paragraph').first()).toHaveText(site.description[lang]);
      const article = await staticArticle(page, `sites/${site.id}/`, lang);
      await expect(article.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
      await expect(article.getByText(site.description[lang], { exact: true })).toBeVisible();
      await article.page().close();
    }
  });
}

test('the page statistics/ says in both languages what the statistics view says, figures included', async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(`?view=statistics&lang=${lang}`);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const title = await dialog.getByRole('heading', { level: 2 }).innerText();
    await expect(dialog).toHaveAccessibleName(title);
    const figures = dialog.getByRole('listitem');
    await expect(figures).toHaveCount(pack.statistics.length);
    // What assistive technology reads of each figure: one whole sentence (the counting-up
    // figure and its label are hidden from it).
    const spoken = [];
    for (const figure of await figures.all()) {
      const snapshot = await figure.ariaSnapshot();
      const lines = [...snapshot.matchAll(/- (?:listitem|paragraph|text): (.+)$/gm)].map((m) => m[1].trim().replace(/^"(.*)"$/, '$1'));
      expect(lines.length, `${lang}: one spoken sentence in ${snapshot}`).toBe(1);
      spoken.push(lines[0]);
    }
    const source = await dialog.getByText(lang === 'zh' ? /^来源：/ : /^Source: /).innerText();
    await expect(dialog.getByText(pack.intro[lang], { exact: true })).toBeVisible();

    const article = await staticArticle(page, 'statistics/', lang);
    await expect(article.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
    await expect(article.getByText(pack.intro[lang], { exact: true })).toBeVisible();
    // The page shows each figure, then its label: the very words the app's reader hears.
    const items = article.getByRole('listitem');
    await expect(items).toHaveText(spoken, { useInnerText: true });
    await expect(article.getByText(source, { exact: true })).toBeVisible();
    const headlines = await items.locator('strong').allInnerTexts();
    const labels = (await items.allInnerTexts()).map((text, i) => text.slice(headlines[i].length).trim());
    expect(headlines.every((h) => /\S/.test(h)), `${lang}: ${headlines}`).toBe(true);
    await article.page().close();

    // And the figures the app shows, once they have counted up, are the page's.
    await expect(dialog.locator('.figure-value')).toHaveText(headlines);
    await expect(dialog.locator('.figure-label')).toHaveText(labels);
  }
});
