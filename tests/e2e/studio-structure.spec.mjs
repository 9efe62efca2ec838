// The curators' studio, issue #26 §7 and §8: the skip link, the selection kept across a
// reload, 44 px map targets that do not overlap at 1024×768, and a new photo placed where the
// curator clicks (or puts the crosshair with the keyboard), in the site whose outline holds it,
// with its unwritten texts listed as to do and the export still refusing them.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, testPack, expectNoAxeViolations } from './fixtures.mjs';
import { TEST_PACK } from '../lib/test-dist.mjs';

const pack = testPack();
const STUDIO = 'studio/';
const shots = join(resolve(TEST_PACK, '../../..'), 'target/screenshots/studio');

async function openStudio(page) {
  await page.goto(STUDIO);
  await expect(page.getByRole('status')).toContainText(`Opened ../exhibit.json: ${pack.photos.length} photos, ${pack.sites.length} sites, 0 problems.`);
}

const contents = (page) => page.getByRole('navigation', { name: 'Contents' });
const mapRegion = (page) => page.getByRole('region', { name: 'Map editor' });
const toDo = (page) => page.getByRole('region', { name: /^To do/ }).getByRole('listitem');
const problems = (page) => page.getByRole('region', { name: /^Problems/ }).getByRole('listitem');
const newPhotoHeading = (page) => page.getByRole('heading', { level: 2, name: /new-photo/ });

/// A point of the map (0–1), scrolled into view (a narrow screen scrolls the map), as a point
/// in the page.
async function onPage(page, { x, y }) {
  await page.locator('.studio-map-frame').evaluate((frame, [x, y]) => {
    const layer = frame.firstElementChild;
    frame.scrollLeft = x * layer.offsetWidth - frame.clientWidth / 2;
    frame.scrollTop = y * layer.offsetHeight - frame.clientHeight / 2;
  }, [x, y]);
  const box = await page.locator('.studio-map-layer').boundingBox();
  return { x: box.x + x * box.width, y: box.y + y * box.height };
}

const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('a skip link to the map is the first thing a keyboard reaches, in both languages', async ({ page }) => {
  await openStudio(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the map' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(mapRegion(page)).toBeFocused();
  await page.keyboard.press('Tab');
  // The next Tab is on the map's first marker, not 23 Tabs away.
  await expect(page.getByRole('button', { name: new RegExp(`^Site: ${pack.sites[0].name.en} \\(`) })).toBeFocused();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('link', { name: '跳到地图' })).toHaveCount(1);
});

test('the selected item is kept across a reload', async ({ page }) => {
  await openStudio(page);
  await contents(page).getByRole('button', { name: pack.photos[3].title.en }).click();
  await expect(page.getByRole('heading', { level: 2, name: /test-photo-04/ })).toBeVisible();
  await page.locator('#field-photos-3-title-en').fill('Kept title');
  await page.reload();
  await expect(page.getByRole('status')).toContainText('The draft kept in this browser is back.');
  await expect(page.getByRole('heading', { level: 2, name: /test-photo-04/ })).toBeVisible();
  await expect(page.locator('#field-photos-3-title-en')).toHaveValue('Kept title');
  await contents(page).getByRole('button', { name: 'Settings', exact: true }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
});

for (const [width, height] of [[1024, 768], [1440, 900]]) {
  test(`at ${width}×${height} every map target is 44 px and none overlaps another`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openStudio(page);
    const markers = mapRegion(page).getByRole('button');
    await expect(markers).toHaveCount(pack.photos.length + pack.sites.length);
    const boxes = [];
    for (const marker of await markers.all()) {
      const box = await marker.boundingBox();
      const name = await marker.getAttribute('aria-label');
      expect(box.width, name).toBeGreaterThanOrEqual(44);
      expect(box.height, name).toBeGreaterThanOrEqual(44);
      boxes.push({ name, box });
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlap(a.box, b.box), `${a.name} / ${b.name}`).toBe(false);
    }
    // Each site's outline points too, once it is selected: 44 px, clear of each other and of
    // every hotspot and label.
    for (const site of pack.sites) {
      await contents(page).getByRole('button', { name: site.name.en }).click();
      const corners = page.getByRole('button', { name: /^Outline point / });
      await expect(corners).toHaveCount(site.outline.length);
      const seen = [...boxes];
      for (const corner of await corners.all()) {
        const box = await corner.boundingBox();
        const name = `${site.name.en} ${await corner.getAttribute('aria-label')}`;
        expect(Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(44);
        for (const other of seen) expect(overlap(box, other.box), `${name} / ${other.name}`).toBe(false);
        seen.push({ name, box });
      }
    }
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, `studio-${width}x${height}.png`) });
  });
}

const scrollsLine = (page, [region, words] = ['Map editor', 'The map is larger than this column']) =>
  page.getByRole('region', { name: region }).getByText(words);
const shade = (page, side) => page.locator(`.studio-map-more.is-${side}`);

test('a map larger than its column says so and shades the sides it hides; a marker reached by Tab is scrolled into view', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openStudio(page);
  await expect(scrollsLine(page)).toBeVisible();
  await expect(shade(page, 'right')).toBeVisible();
  await expect(shade(page, 'left')).toBeHidden();
  // The map is taller than the frame too.
  await expect(shade(page, 'bottom')).toBeVisible();
  await expect(shade(page, 'top')).toBeHidden();
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'studio-scrolls-1024x768.png') });

  // The hotspot furthest right is out of sight, past the frame's edge.
  const far = pack.photos.reduce((best, p, i) => (p.hotspot.x > pack.photos[best].hotspot.x ? i : best), 0);
  const farMarker = page.getByRole('button', { name: new RegExp(`^Hotspot ${far + 1}: `) });
  await expect(farMarker).not.toBeInViewport();
  // Tab from the map reaches it (sites' labels first, then hotspots), and it comes into view,
  // clear of the shades.
  await page.getByRole('link', { name: 'Skip to the map' }).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i <= pack.sites.length + far; i += 1) await page.keyboard.press('Tab');
  await expect(farMarker).toBeFocused();
  await expect(farMarker).toBeInViewport({ ratio: 1 });
  const marker = await farMarker.boundingBox();
  for (const side of ['left', 'right', 'top', 'bottom']) {
    if (await shade(page, side).isVisible()) expect(overlap(marker, await shade(page, side).boundingBox()), side).toBe(false);
  }
  await expect(shade(page, 'left')).toBeVisible();

  // At the far right the right shade goes; a click on the left one scrolls back.
  await page.locator('.studio-map-frame').evaluate((frame) => { frame.scrollLeft = frame.scrollWidth; });
  await expect(shade(page, 'right')).toBeHidden();
  await expect(shade(page, 'left')).toBeVisible();
  // Each click on the left arrow scrolls most of a column's width: a few reach the left edge.
  await expect(async () => {
    await shade(page, 'left').locator('span').click();
    await expect(shade(page, 'left')).toBeHidden({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(shade(page, 'right')).toBeVisible();

  await page.getByRole('button', { name: '中文' }).click();
  await expect(scrollsLine(page, ['地图编辑', '地图比这一栏大'])).toBeVisible();
});

test('a photo chosen in the list, on a map larger than its column, has its hotspot brought into sight', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openStudio(page);
  const far = pack.photos.reduce((best, p, i) => (p.hotspot.x > pack.photos[best].hotspot.x ? i : best), 0);
  const farMarker = page.getByRole('button', { name: new RegExp(`^Hotspot ${far + 1}: `) });
  await expect(farMarker).not.toBeInViewport();
  await contents(page).getByRole('button', { name: pack.photos[far].title.en }).click();
  await expect(farMarker).toHaveAttribute('aria-pressed', 'true');
  await expect(farMarker).toBeInViewport({ ratio: 1 });
  const marker = await farMarker.boundingBox();
  for (const side of ['left', 'right', 'top', 'bottom']) {
    if (await shade(page, side).isVisible()) expect(overlap(marker, await shade(page, side).boundingBox()), side).toBe(false);
  }
  // The page itself did not move: only the map's frame scrolled.
  expect(await page.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
  // And after a reload, the kept selection is in sight again.
  await page.reload();
  await expect(farMarker).toHaveAttribute('aria-pressed', 'true');
  await expect(farMarker).toBeInViewport({ ratio: 1 });
});

test('a marker pressed under a shade stays under the pointer: the map does not scroll as a drag begins', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openStudio(page);
  const far = pack.photos.reduce((best, p, i) => (p.hotspot.x > pack.photos[best].hotspot.x ? i : best), 0);
  const name = `Hotspot ${far + 1}: `;
  const marker = page.getByRole('button', { name: new RegExp(`^${name}`) });
  // The frame scrolled so that the marker's centre is under the right shade.
  await page.locator('.studio-map-frame').evaluate((frame, name) => {
    const m = [...frame.querySelectorAll('button')].find((b) => b.getAttribute('aria-label').startsWith(name));
    const [f, r] = [frame.getBoundingClientRect(), m.getBoundingClientRect()];
    frame.scrollLeft += r.left + r.width / 2 - (f.right - 30);
  }, name);
  await expect(shade(page, 'right')).toBeVisible();
  const box = await marker.boundingBox();
  const shadeBox = await shade(page, 'right').boundingBox();
  expect(box.x + box.width / 2).toBeGreaterThan(shadeBox.x);
  const scrolled = () => page.locator('.studio-map-frame').evaluate((f) => [f.scrollLeft, f.scrollTop]);
  const before = await scrolled();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(marker).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(300);
  expect(await scrolled()).toEqual(before);
  await page.mouse.up();
  // Chosen from the list instead, the same marker is brought clear of the shade.
  await contents(page).getByRole('button', { name: 'Settings', exact: true }).click();
  await page.locator('.studio-map-frame').evaluate((frame, before) => { frame.scrollLeft = before[0]; }, before);
  await contents(page).getByRole('button', { name: pack.photos[far].title.en }).click();
  await expect(marker).toHaveAttribute('aria-pressed', 'true');
  const after = await marker.boundingBox();
  expect(overlap(after, await shade(page, 'right').boundingBox())).toBe(false);
});

test('a map that fits its column has no scrolling cues', async ({ page }) => {
  await page.setViewportSize({ width: 2560, height: 1440 });
  await openStudio(page);
  for (const i of pack.photos.keys()) await expect(page.getByRole('button', { name: new RegExp(`^Hotspot ${i + 1}: `) })).toBeInViewport({ ratio: 1 });
  await expect(scrollsLine(page)).toHaveCount(0);
  for (const side of ['left', 'right', 'top', 'bottom']) await expect(shade(page, side), side).toBeHidden();
});

test('a new photo goes where the map is clicked, in the site whose outline holds it, its texts to do', async ({ page }) => {
  await openStudio(page);
  const site = pack.sites[2];
  const add = page.getByRole('button', { name: 'Add a photo' });
  await add.click();
  await expect(add).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Click or tap the map where the photo was taken')).toBeVisible();
  // Inside site C's outline (x 0.61–0.83, y 0.39–0.65), clear of its hotspots.
  const at = await onPage(page, { x: 0.82, y: 0.64 });
  await page.mouse.click(at.x, at.y);
  await expect(newPhotoHeading(page)).toBeVisible();
  await expect(add).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status')).toContainText(`Photo new-photo added at ${site.name.en}: write its texts and pick its picture.`);
  await expect(page.locator(`#field-photos-${pack.photos.length}-site`)).toHaveValue(site.id);
  await expect(page.locator('.studio-hotspot')).toHaveCount(pack.photos.length + 1);

  // Not 9 errors: no problem, and each thing to write once.
  await expect(problems(page)).toHaveCount(0);
  const n = pack.photos.length;
  await expect(toDo(page)).toHaveText(['title', 'caption', 'alt', 'credit', 'date', 'image'].map((f) => `photos[${n}].${f}: not written yet`));
  await expect(contents(page).getByRole('button', { name: /^new-photo / })).toHaveAccessibleName('new-photo (6 to do)');
  await expect(page.locator(`#field-photos-${n}-title-zh`)).toHaveAttribute('aria-invalid', 'false');
  await expectNoAxeViolations(page);
  // Nothing is wrong yet, but the export says what is still to be written.
  await page.getByRole('button', { name: 'Export exhibit-pack.zip' }).click();
  await expect(page.getByRole('status')).toContainText(new RegExp(`Not exported: 6 things are still to be written \\(the first: photos\\[${n}\\]\\.[a-z_.]+\\)\\. Write them first, or save the draft to go on later\\.`));

  // Half a translation is a problem again.
  await page.locator(`#field-photos-${n}-title-en`).fill('A new photo');
  await expect(problems(page)).toHaveText([`photos[${n}].title.zh: missing`]);
  await expect(toDo(page)).toHaveCount(5);

  // The export still refuses it.
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Export exhibit-pack.zip' }).click();
  await expect(page.getByRole('status')).toContainText(`Not exported: the draft has a problem (photos[${n}].title.zh: missing). Fix it first, or save the draft to go on later. 5 things are still to be written, too.`);
  expect(downloaded).toBe(false);

  // A thing to do takes the cursor to its field.
  await toDo(page).filter({ hasText: `photos[${n}].caption` }).getByRole('button').click();
  await expect(page.locator(`#field-photos-${n}-caption-zh`)).toBeFocused();
});

test('a new photo is placed with the keyboard too; Escape gives up; in Chinese as well', async ({ page }) => {
  await openStudio(page);
  const add = page.getByRole('button', { name: 'Add a photo' });
  await add.click();
  const crosshair = page.getByRole('button', { name: /^Where the new photo goes \(x 0\.5, y 0\.5\)$/ });
  await expect(crosshair).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(crosshair).toHaveCount(0);
  await expect(page.locator('.studio-hotspot')).toHaveCount(pack.photos.length);

  await add.focus();
  await page.keyboard.press('Enter');
  await expect(crosshair).toBeFocused();
  // Shift+arrow: 10 map pixels of 1000 down, to y 0.2, above every outline.
  for (let i = 0; i < 30; i += 1) await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: /^Where the new photo goes / })).toHaveAccessibleName('Where the new photo goes (x 0.5006, y 0.2)');
  await page.keyboard.press('Enter');
  await expect(newPhotoHeading(page)).toBeVisible();
  // Outside every outline: it says so, and the site is one more thing to do.
  await expect(page.getByRole('status')).toContainText("that spot is outside every site's outline, so choose its site");
  await expect(toDo(page).filter({ hasText: `photos[${pack.photos.length}].site` })).toHaveCount(1);

  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: '添加照片' }).click();
  await expect(page.getByRole('button', { name: /^新照片的位置 / })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(`已在“${pack.sites[1].name.zh}”添加照片 new-photo-2`);
  await expect(page.getByRole('navigation', { name: '内容' }).getByRole('button', { name: /^new-photo-2/ })).toHaveAccessibleName(/^new-photo-2 ?（6 项待填写）$/);
  await expectNoAxeViolations(page);
});

test('sites are added and removed; removing one with photos asks first; undo brings it back', async ({ page }) => {
  await openStudio(page);
  const sites = contents(page).getByRole('list').nth(1).getByRole('listitem');
  await page.getByRole('button', { name: 'Add a site' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /new-site/ })).toBeVisible();
  await expect(sites).toHaveCount(pack.sites.length + 1);
  await expect(page.getByRole('button', { name: /^Outline point / })).toHaveCount(4);
  await expect(toDo(page)).toHaveText([`sites[${pack.sites.length}].name: not written yet`, `sites[${pack.sites.length}].description: not written yet`]);
  // With no photos, it goes at once, with Undo beside the message.
  await page.getByRole('button', { name: 'Remove site' }).click();
  await expect(sites).toHaveCount(pack.sites.length);
  await expect(page.getByRole('status')).toContainText('Site removed: new-site');

  const first = pack.sites[0];
  const photos = pack.photos.filter((p) => p.site === first.id).length;
  await contents(page).getByRole('button', { name: first.name.en }).click();
  await page.getByRole('button', { name: 'Remove site' }).click();
  const question = page.getByRole('group', { name: new RegExp(`^${first.name.en} has ${photos} photos`) });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep the site' })).toBeFocused();
  await question.getByRole('button', { name: 'Keep the site' }).click();
  await expect(sites).toHaveCount(pack.sites.length);
  await page.getByRole('button', { name: 'Remove site' }).click();
  await page.getByRole('button', { name: 'Remove it anyway' }).click();
  await expect(sites).toHaveCount(pack.sites.length - 1);
  // Its photos stay, each now a problem to fix.
  await expect(page.locator('.studio-hotspot')).toHaveCount(pack.photos.length);
  await expect(problems(page)).toHaveCount(photos);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(sites).toHaveCount(pack.sites.length);
  await expect(problems(page)).toHaveCount(0);
});

test('outline points and figures are added and removed, and undone', async ({ page }) => {
  await openStudio(page);
  await contents(page).getByRole('button', { name: pack.sites[0].name.en }).click();
  const corners = page.getByRole('button', { name: /^Outline point / });
  await expect(corners).toHaveCount(pack.sites[0].outline.length);
  const remove = page.getByRole('button', { name: 'Remove the selected outline point' });
  await expect(remove).toBeDisabled();
  await page.getByRole('button', { name: 'Add an outline point after the selected one' }).click();
  await expect(corners).toHaveCount(pack.sites[0].outline.length + 1);
  await expect(page.getByRole('button', { name: `Outline point ${pack.sites[0].outline.length + 1} (x 0.17, y 0.52)` })).toHaveAttribute('aria-pressed', 'true');
  await remove.click();
  await expect(corners).toHaveCount(pack.sites[0].outline.length);
  // Three points stay: the checks want a closed shape.
  await page.getByRole('button', { name: /^Outline point 1 / }).click();
  await remove.click();
  await expect(corners).toHaveCount(3);
  await page.getByRole('button', { name: /^Outline point 1 / }).click();
  await expect(remove).toBeDisabled();
  await page.getByRole('group', { name: 'Pack actions' }).getByRole('button', { name: 'Undo' }).click();
  await expect(corners).toHaveCount(4);

  await contents(page).getByRole('button', { name: 'Exhibit texts and figures' }).click();
  const figures = page.getByRole('heading', { level: 3, name: /^Figure / });
  await expect(figures).toHaveCount(pack.statistics.length);
  await page.getByRole('button', { name: 'Add a figure' }).click();
  await expect(figures).toHaveCount(pack.statistics.length + 1);
  await expect(figures.last()).toHaveText(`Figure ${pack.statistics.length + 1} · new-figure`);
  await expect(toDo(page).filter({ hasText: `statistics[${pack.statistics.length}].label` })).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove this figure' }).last().click();
  await expect(figures).toHaveCount(pack.statistics.length);
  await expect(problems(page)).toHaveCount(0);
});
