// The schematic map as a visitor uses it: keyboard, mouse, touch and pinch, the hotspots and
// sites on it, the list view beside it, and a layout that fits every screen.
import {
  test, expect, expectNoAxeViolations, testPack, photosInOrder, hotspotName, openMap, searchParam, nextFrames, escapeRegExp,
  mapRegion, mapView,
} from './fixtures.mjs';

const pack = testPack();
const [firstSite] = pack.sites;
/// A site's label on the map: its name, and its photo count while the hotspots are gathered.
const siteMarker = (page, site, count = '\\d+') =>
  page.getByRole('button', { name: new RegExp(`^${escapeRegExp(site.name.en)}(\\W+${count} photos)?$`) });

const MAX_SCALE = 4;

const hotspots = (page) => page.getByRole('button', { name: / — open photo$/ });
const hotspot = (page, photo) => page.getByRole('button', { name: hotspotName(photo), exact: true });
const photoDialog = (page, photo) => page.getByRole('dialog', { name: photo.title.en });

/// Waits until the map's view differs from `before` and has stopped moving, and returns it.
async function viewChangedFrom(page, before, message = 'the map view changes') {
  await expect
    .poll(async () => JSON.stringify(await mapView(page)), { message })
    .not.toBe(JSON.stringify(before));
  let view = await mapView(page);
  for (let i = 0; i < 20; i += 1) {
    await nextFrames(page);
    const again = await mapView(page);
    if (JSON.stringify(again) === JSON.stringify(view)) break;
    view = again;
  }
  return view;
}

async function mapBox(page) {
  const box = await mapRegion(page).boundingBox();
  expect(box, 'the map region is laid out').not.toBeNull();
  return box;
}

/// A point on the bare map (no button, link or label under it, and on the map's picture, not
/// beside it), in page coordinates, trying the preferred fractions of the map region first,
/// then the nearest others to the first of them.
async function emptyMapPoint(page, preferred = [[0.5, 0.5]]) {
  const grid = [];
  for (let fy = 0.2; fy <= 0.8; fy += 0.05) {
    for (let fx = 0.2; fx <= 0.8; fx += 0.05) grid.push([fx, fy]);
  }
  const [px, py] = preferred[0];
  grid.sort((a, b) => Math.hypot(a[0] - px, a[1] - py) - Math.hypot(b[0] - px, b[1] - py));
  const candidates = [...preferred, ...grid];
  const point = await page.evaluate((candidates) => {
    const map = document.getElementById('map');
    const rect = map.getBoundingClientRect();
    const picture = document.querySelector('.map-layer').getBoundingClientRect();
    for (const [fx, fy] of candidates) {
      const x = rect.left + rect.width * fx;
      const y = rect.top + rect.height * fy;
      const onPicture = x > picture.left && x < picture.right && y > picture.top && y < picture.bottom;
      const hit = document.elementFromPoint(x, y);
      if (onPicture && hit && map.contains(hit) && !hit.closest('button, a, p')) return { x, y };
    }
    return null;
  }, candidates);
  expect(point, 'a bare spot on the map').not.toBeNull();
  return point;
}

/// Presses (clicks or taps) Zoom in `times` times, each time waiting for the map to zoom.
async function zoomIn(page, times, how = 'click') {
  const button = page.getByRole('button', { name: 'Zoom in', exact: true });
  let view = await mapView(page);
  for (let i = 0; i < times; i += 1) {
    await (how === 'tap' ? button.tap() : button.click());
    const before = view;
    await expect.poll(async () => (view = await mapView(page)).scale).toBeGreaterThan(before.scale);
  }
  await nextFrames(page);
  return mapView(page);
}

/// Presses Zoom in until the scale stops growing; returns the final view.
async function zoomInFully(page) {
  const button = page.getByRole('button', { name: 'Zoom in', exact: true });
  let view = await mapView(page);
  for (let i = 0; i < 12; i += 1) {
    await button.click();
    await nextFrames(page);
    const next = await mapView(page);
    if (next.scale <= view.scale) return next;
    view = next;
  }
  return view;
}

/// The hotspot (photo, button, centre) whose centre is inside the map region and not covered
/// by anything else, so a pointer pressed there lands on it.
async function reachableHotspot(page, margin = 60) {
  const found = await page.evaluate((margin) => {
    const map = document.getElementById('map').getBoundingClientRect();
    for (const button of document.querySelectorAll('#map .hotspot')) {
      const r = button.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const inside = x > map.left + margin && x < map.right - margin && y > map.top + margin && y < map.bottom - margin;
      if (inside && document.elementFromPoint(x, y)?.closest('.hotspot') === button) {
        return { id: button.id, x, y };
      }
    }
    return null;
  }, margin);
  expect(found, 'a hotspot that can be pressed').not.toBeNull();
  const photo = pack.photos.find((p) => `hotspot--${p.id}` === found.id);
  return { photo, x: found.x, y: found.y };
}

/// What has keyboard focus: its id, role and accessible-ish name.
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      id: el?.id || '',
      role: el?.getAttribute('role') || el?.tagName.toLowerCase() || '',
      name: (el?.getAttribute('aria-label') || el?.textContent || '').trim().replace(/\s+/g, ' '),
    };
  });

/// Presses Tab (keyboard only) until `locator` has focus.
async function tabTo(page, locator, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${locator}`);
}

test.describe('home view', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
    { width: 844, height: 390 },
  ]) {
    test(`the map fits the map area (drawn larger on a portrait screen) and is centred (${viewport.width}x${viewport.height})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openMap(page);
      const view = await mapView(page);
      expect(view.scale).toBe(1);
      const { area, layer } = await page.evaluate(() => {
        const a = document.getElementById('map').getBoundingClientRect();
        const l = document.querySelector('.map-layer').getBoundingClientRect();
        return {
          area: { width: a.width, height: a.height },
          layer: { left: l.left - a.left, top: l.top - a.top, width: l.width, height: l.height },
        };
      });
      // The whole map fits a landscape area. Held upright, a phone would show it as a thin
      // strip, so it is drawn up to 1.4 times larger (never beyond covering the area) and the
      // middle of the map shows.
      const contain = Math.min(area.width / pack.map.image.width, area.height / pack.map.image.height);
      const cover = Math.max(area.width / pack.map.image.width, area.height / pack.map.image.height);
      const fit = area.height >= area.width ? Math.min(cover, contain * 1.4) : contain;
      const what = `map ${JSON.stringify(layer)} in area ${JSON.stringify(area)}`;
      expect(Math.abs(layer.width - pack.map.image.width * fit), `fitted width: ${what}`).toBeLessThanOrEqual(1);
      expect(Math.abs(layer.height - pack.map.image.height * fit), `fitted height: ${what}`).toBeLessThanOrEqual(1);
      expect(Math.abs(layer.left - (area.width - layer.width) / 2), `centred across: ${what}`).toBeLessThanOrEqual(1);
      expect(Math.abs(layer.top - (area.height - layer.height) / 2), `centred down: ${what}`).toBeLessThanOrEqual(1);
    });
  }
});

test.describe('keyboard', () => {
  test('Tab reaches the header controls, the map, then every hotspot in the pack order', async ({ page }) => {
    await openMap(page);
    const stops = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      stops.push(stop);
      if (stop.name === 'Reset map') break;
    }
    const names = stops.map((s) => s.name);
    const mapAt = stops.findIndex((s) => s.id === 'map');
    expect(mapAt, `the map region is a tab stop: ${names.join(' | ')}`).toBeGreaterThan(-1);
    expect(stops[mapAt].name).toBe('Schematic map of Shougang Park');
    for (const control of ['List view', 'Industry in numbers', '中文', 'English']) {
      const at = names.indexOf(control);
      expect(at, `${control} is a tab stop`).toBeGreaterThan(-1);
      expect(at, `${control} comes before the map`).toBeLessThan(mapAt);
    }
    const hotspotStops = stops
      .map((s, index) => ({ ...s, index }))
      .filter((s) => s.id.startsWith('hotspot-'));
    expect(hotspotStops.map((s) => s.name)).toEqual(photosInOrder.map(hotspotName));
    expect(hotspotStops[0].index, 'hotspots come after the map region').toBeGreaterThan(mapAt);
    // The hotspots are one run of tab stops, not interleaved with other controls.
    expect(hotspotStops.at(-1).index - hotspotStops[0].index).toBe(photosInOrder.length - 1);
    expect(names.indexOf('Zoom in'), 'the map controls follow the hotspots').toBeGreaterThan(hotspotStops.at(-1).index);
  });

  test('Enter opens a hotspot\'s photo and Escape closes it, returning focus to that hotspot', async ({ page }) => {
    await openMap(page);
    const photo = photosInOrder[1];
    const button = hotspot(page, photo);
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await expect(photoDialog(page, photo)).toBeVisible();
    await expect.poll(() => searchParam(page, 'photo')).toBe(photo.id);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => searchParam(page, 'photo')).toBeNull();
    await expect(button).toBeFocused();
  });

  test('arrow keys on a hotspot step focus through the hotspots, wrapping at the ends', async ({ page }) => {
    await openMap(page);
    const [first, second, third] = photosInOrder;
    const last = photosInOrder.at(-1);
    await tabTo(page, hotspot(page, first));
    await page.keyboard.press('ArrowRight');
    await expect(hotspot(page, second)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(hotspot(page, third)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(hotspot(page, second)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(hotspot(page, first)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(hotspot(page, last)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(hotspot(page, first)).toBeFocused();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('with the map focused, arrow keys pan and + / - zoom', async ({ page }) => {
    await openMap(page);
    await tabTo(page, mapRegion(page));
    const home = await mapView(page);
    expect(home.scale).toBe(1);

    await page.keyboard.press('+');
    const zoomed = await viewChangedFrom(page, home, '+ zooms the map');
    expect(zoomed.scale).toBeGreaterThan(home.scale);
    expect(zoomed.zoom).toBeCloseTo(zoomed.scale, 3);

    await page.keyboard.press('ArrowLeft');
    let view = await viewChangedFrom(page, zoomed, 'ArrowLeft pans the map');
    expect(view.x, 'ArrowLeft shows more of the left: the map moves right').toBeGreaterThan(zoomed.x);
    expect(view.scale).toBe(zoomed.scale);

    let before = view;
    await page.keyboard.press('ArrowRight');
    view = await viewChangedFrom(page, before, 'ArrowRight pans the map');
    expect(view.x).toBeLessThan(before.x);

    before = view;
    await page.keyboard.press('ArrowUp');
    view = await viewChangedFrom(page, before, 'ArrowUp pans the map');
    expect(view.y, 'ArrowUp shows more of the top: the map moves down').toBeGreaterThan(before.y);

    before = view;
    await page.keyboard.press('ArrowDown');
    view = await viewChangedFrom(page, before, 'ArrowDown pans the map');
    expect(view.y).toBeLessThan(before.y);

    before = view;
    await page.keyboard.press('+');
    view = await viewChangedFrom(page, before, '+ zooms the map');
    expect(view.scale).toBeGreaterThan(before.scale);

    before = view;
    await page.keyboard.press('-');
    view = await viewChangedFrom(page, before, '- zooms the map out');
    expect(view.scale).toBeLessThan(before.scale);

    await expect(mapRegion(page), 'the map keeps focus while it moves').toBeFocused();
  });

  test('after a mouse drag on the map, Enter on a hotspot still opens its photo', async ({ page }) => {
    await openMap(page);
    const before = await zoomIn(page, 1);
    const start = await emptyMapPoint(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 60, start.y - 30, { steps: 6 });
    await page.mouse.up();
    await viewChangedFrom(page, before);
    // The visitor now switches to the keyboard: Tab on from the map to the first hotspot.
    const photo = photosInOrder[0];
    await tabTo(page, hotspot(page, photo));
    await page.keyboard.press('Enter');
    await expect(photoDialog(page, photo), 'the first Enter after the drag opens the photo').toBeVisible({ timeout: 5_000 });
    await expect.poll(() => searchParam(page, 'photo')).toBe(photo.id);
  });
});

test.describe('mouse', () => {
  test('dragging the zoomed-in map pans it by the drag distance', async ({ page }) => {
    await openMap(page);
    const before = await zoomIn(page, 2);
    const start = await emptyMapPoint(page);
    const [dx, dy] = [-120, -70];
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + dx, start.y + dy, { steps: 8 });
    await page.mouse.up();
    const after = await viewChangedFrom(page, before);
    expect(after.scale).toBe(before.scale);
    expect(Math.abs(after.x - before.x - dx), `x moved ${after.x - before.x}, dragged ${dx}`).toBeLessThanOrEqual(10);
    expect(Math.abs(after.y - before.y - dy), `y moved ${after.y - before.y}, dragged ${dy}`).toBeLessThanOrEqual(10);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the wheel zooms about the pointer', async ({ page }) => {
    await openMap(page);
    const box = await mapBox(page);
    const pointer = await emptyMapPoint(page, [[0.42, 0.56], [0.45, 0.45]]);
    const before = await mapView(page);
    // The map point (in unscaled layer px) under the pointer.
    const mapX = (pointer.x - box.x - before.x) / before.scale;
    const mapY = (pointer.y - box.y - before.y) / before.scale;
    await page.mouse.move(pointer.x, pointer.y);
    await page.mouse.wheel(0, -200);
    const after = await viewChangedFrom(page, before);
    expect(after.scale, 'wheel up zooms in').toBeGreaterThan(before.scale);
    expect(after.zoom).toBeCloseTo(after.scale, 3);
    const screenX = box.x + after.x + mapX * after.scale;
    const screenY = box.y + after.y + mapY * after.scale;
    expect(Math.abs(screenX - pointer.x), 'the point under the pointer stays (x)').toBeLessThanOrEqual(3);
    expect(Math.abs(screenY - pointer.y), 'the point under the pointer stays (y)').toBeLessThanOrEqual(3);

    // And wheel down zooms back out.
    await page.mouse.wheel(0, 200);
    const out = await viewChangedFrom(page, after);
    expect(out.scale).toBeLessThan(after.scale);
    // The page itself did not scroll.
    expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
  });

  test('a double-click zooms in about the pointer', async ({ page }) => {
    await openMap(page);
    const box = await mapBox(page);
    const pointer = await emptyMapPoint(page, [[0.45, 0.55]]);
    const before = await mapView(page);
    const mapX = (pointer.x - box.x - before.x) / before.scale;
    const mapY = (pointer.y - box.y - before.y) / before.scale;
    await page.mouse.dblclick(pointer.x, pointer.y);
    const after = await viewChangedFrom(page, before);
    expect(after.scale).toBeCloseTo(before.scale * 1.5, 3);
    expect(Math.abs(box.x + after.x + mapX * after.scale - pointer.x)).toBeLessThanOrEqual(3);
    expect(Math.abs(box.y + after.y + mapY * after.scale - pointer.y)).toBeLessThanOrEqual(3);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a drag that starts on a hotspot pans the map and opens nothing', async ({ page }) => {
    await openMap(page);
    await zoomIn(page, 2);
    const { photo, x, y } = await reachableHotspot(page, 140);
    const before = await mapView(page);
    const [dx, dy] = [-100, -50];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + dy, { steps: 8 });
    await page.mouse.up();
    const after = await viewChangedFrom(page, before);
    expect(Math.abs(after.x - before.x - dx), `panned ${after.x - before.x} for a ${dx} drag`).toBeLessThanOrEqual(10);
    expect(Math.abs(after.y - before.y - dy), `panned ${after.y - before.y} for a ${dy} drag`).toBeLessThanOrEqual(10);
    // Let any click the drag caused arrive before checking that nothing opened.
    await nextFrames(page);
    await expect(photoDialog(page, photo)).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(page.url()).not.toContain('photo=');
  });
});

test.describe('hotspot touch targets', () => {
  /// The visible hotspots' boxes: each must be at least 44x44 px and none may cover another.
  const expectTappable = async (page, when) => {
    const boxes = await hotspots(page).evaluateAll((buttons) =>
      buttons.map((b) => {
        const r = b.getBoundingClientRect();
        return { name: b.getAttribute('aria-label'), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
    );
    for (const [i, a] of boxes.entries()) {
      expect(a.right - a.left, `${a.name} width ${when}`).toBeGreaterThanOrEqual(44 - 0.01);
      expect(a.bottom - a.top, `${a.name} height ${when}`).toBeGreaterThanOrEqual(44 - 0.01);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `${a.name} overlaps ${b.name} ${when}`).toBe(false);
      }
    }
  };

  test('are at least 44x44 px and never overlap at minimum and maximum zoom (desktop)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openMap(page);
    expect((await mapView(page)).scale).toBe(1);
    await expect(hotspots(page)).toHaveCount(photosInOrder.length);
    await expectTappable(page, 'at zoom 1');
    const max = await zoomInFully(page);
    expect(max.scale).toBe(MAX_SCALE);
    expect(max.zoom).toBeCloseTo(MAX_SCALE, 3);
    await expectTappable(page, `at zoom ${MAX_SCALE}`);
  });

  test('on a phone the whole map gathers its hotspots into the sites, which spread them out when chosen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openMap(page);
    expect((await mapView(page)).scale).toBe(1);
    // Too close together to tap one by one: hidden, and each site says how many photos it has.
    await expect(hotspots(page)).toHaveCount(0);
    for (const site of pack.sites) {
      const count = pack.photos.filter((p) => p.site === site.id).length;
      const marker = siteMarker(page, site, count);
      await expect(marker).toHaveAccessibleName(new RegExp(`\\W${count} photos$`));
      await expect(marker).toBeVisible();
      const box = await marker.boundingBox();
      expect(box.height).toBeGreaterThanOrEqual(44 - 0.01);
    }
    await siteMarker(page, firstSite).click();
    await expect(page.getByRole('complementary', { name: firstSite.name.en, exact: true })).toBeVisible();
    await expect(hotspots(page)).toHaveCount(photosInOrder.length);
    await expectTappable(page, 'at the site');
  });
});

test.describe('sites', () => {
  test('choosing a site zooms to it, lists its photos and is a link', async ({ page }) => {
    await openMap(page);
    const before = await mapView(page);
    await page.getByRole('button', { name: firstSite.name.en, exact: true }).click();
    const panel = page.getByRole('complementary', { name: firstSite.name.en, exact: true });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: firstSite.name.en, exact: true })).toBeVisible();
    const sitePhotos = photosInOrder.filter((p) => p.site === firstSite.id);
    expect(sitePhotos.length, 'the site has photos to list').toBeGreaterThan(1);
    await expect(panel.getByRole('listitem')).toHaveCount(sitePhotos.length);
    for (const photo of sitePhotos) {
      await expect(panel.getByRole('button', { name: new RegExp(`^${escapeRegExp(photo.title.en)}`) })).toBeVisible();
    }
    await expect.poll(() => searchParam(page, 'site')).toBe(firstSite.id);
    const after = await viewChangedFrom(page, before);
    expect(after.scale).toBeGreaterThan(1);

    // A photo from the panel opens in the photo view.
    await panel.getByRole('button', { name: new RegExp(`^${escapeRegExp(sitePhotos[0].title.en)}`) }).click();
    await expect(photoDialog(page, sitePhotos[0])).toBeVisible();
    await expect.poll(() => searchParam(page, 'photo')).toBe(sitePhotos[0].id);
  });
});

test.describe('list view', () => {
  test('lists all photos by site, opens each in the photo view, and goes back to the map', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'List view', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'All photos' })).toBeVisible();
    await expect(mapRegion(page)).toHaveCount(0);
    const cards = page.locator('.photo-list').getByRole('listitem').getByRole('button');
    await expect(cards).toHaveCount(photosInOrder.length);
    for (const site of pack.sites) {
      const heading = page.getByRole('heading', { level: 3, name: site.name.en, exact: true });
      await expect(heading).toBeVisible();
      const group = page.getByRole('region', { name: site.name.en, exact: true });
      const expected = pack.photos.filter((p) => p.site === site.id);
      await expect(group.getByRole('listitem')).toHaveCount(expected.length);
      for (const photo of expected) {
        await expect(group.getByRole('button', { name: new RegExp(`^${escapeRegExp(photo.title.en)}`) })).toBeVisible();
      }
    }

    const photo = photosInOrder[5];
    const card = page.getByRole('button', { name: new RegExp(`^${escapeRegExp(photo.title.en)}`) });
    await card.click();
    await expect(photoDialog(page, photo)).toBeVisible();
    await expect.poll(() => searchParam(page, 'photo')).toBe(photo.id);
    await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(card).toBeFocused();

    await page.getByRole('button', { name: 'Map view', exact: true }).click();
    await expect(mapRegion(page)).toBeVisible();
    await expect(hotspots(page)).toHaveCount(photosInOrder.length);
    await expect(page.getByRole('button', { name: 'List view', exact: true })).toBeVisible();
  });

  test('the list view has no accessibility violations', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'List view', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'All photos' })).toBeVisible();
    await expect(page.locator('.photo-list').getByRole('listitem')).toHaveCount(photosInOrder.length);
    await expectNoAxeViolations(page);
  });
});

test.describe('touch on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /// Sends a touch gesture through CDP: `paths` is one list of points per finger, all the same
  /// length; the first point is where the finger lands, the last where it lifts.
  async function touchGesture(page, paths) {
    const cdp = await page.context().newCDPSession(page);
    const at = (step) => paths.map((path, id) => ({ x: path[step].x, y: path[step].y, id }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let step = 1; step < paths[0].length; step += 1) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  const line = (from, to, steps) =>
    Array.from({ length: steps + 1 }, (_, i) => ({
      x: from.x + ((to.x - from.x) * i) / steps,
      y: from.y + ((to.y - from.y) * i) / steps,
    }));

  test('one finger pans the zoomed-in map', async ({ page }) => {
    await openMap(page);
    // Zoomed well in, the map overhangs the phone's screen both ways, so it can pan both ways.
    const before = await zoomIn(page, 3, 'tap');
    expect(before.scale).toBeCloseTo(1.5 ** 3, 3);
    const start = await emptyMapPoint(page);
    const [dx, dy] = [-90, -60];
    await touchGesture(page, [line(start, { x: start.x + dx, y: start.y + dy }, 9)]);
    const after = await viewChangedFrom(page, before);
    expect(after.scale).toBe(before.scale);
    expect(Math.abs(after.x - before.x - dx), `x moved ${after.x - before.x}, swiped ${dx}`).toBeLessThanOrEqual(10);
    expect(Math.abs(after.y - before.y - dy), `y moved ${after.y - before.y}, swiped ${dy}`).toBeLessThanOrEqual(10);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('two fingers pinch-zoom the map, not the page', async ({ page }) => {
    await openMap(page);
    const before = await mapView(page);
    const centre = await emptyMapPoint(page);
    const fingerA = line({ x: centre.x, y: centre.y - 40 }, { x: centre.x, y: centre.y - 110 }, 10);
    const fingerB = line({ x: centre.x, y: centre.y + 40 }, { x: centre.x, y: centre.y + 110 }, 10);
    await touchGesture(page, [fingerA, fingerB]);
    const after = await viewChangedFrom(page, before);
    expect(after.scale, 'the map zoomed in').toBeGreaterThan(1.5);
    expect(after.scale).toBeLessThanOrEqual(MAX_SCALE);
    expect(after.zoom).toBeCloseTo(after.scale, 3);
    expect(await page.evaluate(() => window.visualViewport.scale), 'the page itself did not zoom').toBe(1);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a tap on a hotspot opens its photo', async ({ page }) => {
    await openMap(page);
    await zoomIn(page, 1, 'tap');
    await nextFrames(page);
    const { photo, x, y } = await reachableHotspot(page, 60);
    await page.touchscreen.tap(x, y);
    await expect(photoDialog(page, photo)).toBeVisible();
    await expect.poll(() => searchParam(page, 'photo')).toBe(photo.id);
  });

  test('once a site is chosen, all its hotspots are on screen beside its panel and open their own photos when tapped', async ({ page }) => {
    await openMap(page);
    for (const site of pack.sites) {
      // The count shows only while the hotspots are gathered (not after the first site's zoom).
      await siteMarker(page, site).tap();
      await nextFrames(page);
      // The site's panel takes the lower part of a phone's screen; the map above it shows the
      // site, and every one of its hotspots takes a tap at its centre (nothing covers it).
      const ids = photosInOrder.filter((p) => p.site === site.id).map((p) => p.id);
      const uncovered = await page.evaluate((ids) => {
        const map = document.getElementById('map').getBoundingClientRect();
        return ids.filter((id) => {
          const r = document.getElementById(`hotspot--${id}`).getBoundingClientRect();
          const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
          const inside = x > map.left && x < map.right && y > map.top && y < map.bottom;
          return inside && document.elementFromPoint(x, y)?.closest('.hotspot')?.id === `hotspot--${id}`;
        });
      }, ids);
      expect(uncovered, `${site.id}: hotspots on screen and not covered`).toEqual(ids);
      const panel = page.getByRole('complementary', { name: site.name.en, exact: true });
      await expect(panel).toBeInViewport();
      for (const id of uncovered) {
        const photo = pack.photos.find((p) => p.id === id);
        await hotspot(page, photo).tap({ timeout: 3_000 });
        await expect(photoDialog(page, photo)).toBeVisible();
        await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).tap();
        await expect(page.getByRole('dialog')).toHaveCount(0);
      }
      await page.getByRole('button', { name: 'Back to the map', exact: true }).tap();
    }
  });

  test('a finger drag that starts on a hotspot pans and opens nothing', async ({ page }) => {
    await openMap(page);
    await zoomIn(page, 1, 'tap');
    const { x, y } = await reachableHotspot(page, 90);
    const before = await mapView(page);
    await touchGesture(page, [line({ x, y }, { x: x - 70, y: y - 40 }, 7)]);
    const after = await viewChangedFrom(page, before);
    // At this zoom the map overhangs the phone's screen sideways only, so it pans sideways.
    expect(Math.abs(after.x - before.x + 70), `x moved ${after.x - before.x}, swiped -70`).toBeLessThanOrEqual(10);
    await nextFrames(page);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(page.url()).not.toContain('photo=');
  });
});

test.describe('no horizontal page scroll', () => {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 390, height: 844 },
    { width: 844, height: 390 },
    { width: 1440, height: 900 },
    { width: 3840, height: 2160 },
  ]) {
    test(`at ${viewport.width}x${viewport.height}, on the map and in the list`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openMap(page);
      const overflow = () =>
        page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
      let { scrollWidth, innerWidth } = await overflow();
      expect(scrollWidth, 'map view').toBeLessThanOrEqual(innerWidth);

      await page.getByRole('button', { name: 'List view', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'All photos' })).toBeVisible();
      ({ scrollWidth, innerWidth } = await overflow());
      expect(scrollWidth, 'list view').toBeLessThanOrEqual(innerWidth);
    });
  }
});
