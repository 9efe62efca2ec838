// A broken content pack gets a clear error and a Retry that works once the server is fixed;
// content is always text, never markup.
import { test, expect, servePack, testPack, allowConsoleErrors, openExhibit, expectNoAxeViolations } from './fixtures.mjs';

/// Serves exhibit.json as `broken` until `fix()` is called, then the real file.
async function brokenUntilFixed(page, broken) {
  let fixed = false;
  await page.route('**/exhibit.json', (route) => (fixed ? route.continue() : broken(route)));
  return () => {
    fixed = true;
  };
}

async function expectRecoveryAfterFix(page, fix) {
  fix();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(testPack().title.en);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('a missing content pack (404) says so, and Retry recovers', async ({ page }) => {
  allowConsoleErrors(page, /404/);
  const fix = await brokenUntilFixed(page, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('?lang=en');
  await expect(page.getByRole('alert')).toContainText('The server answered with error 404.');
  await expectRecoveryAfterFix(page, fix);
});

test('a dropped network says so, and Retry recovers', async ({ page }) => {
  allowConsoleErrors(page, /ERR_INTERNET_DISCONNECTED|Failed to load/);
  const fix = await brokenUntilFixed(page, (route) => route.abort('internetdisconnected'));
  await page.goto('?lang=en');
  await expect(page.getByRole('alert')).toContainText('There is no network connection');
  await expectRecoveryAfterFix(page, fix);
});

test('broken JSON names the line and column', async ({ page }) => {
  const fix = await brokenUntilFixed(page, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "schema_version": 1,,\n}' }),
  );
  await page.goto('?lang=en');
  await expect(page.getByRole('alert')).toContainText('is broken (line 2, column 23)');
  await expectRecoveryAfterFix(page, fix);
});

test('invalid content lists every problem and shows none of the exhibit', async ({ page }) => {
  const pack = testPack();
  pack.photos[0].site = 'moon-base';
  delete pack.photos[3].caption.zh;
  const fix = await brokenUntilFixed(page, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(pack) }),
  );
  await page.goto('?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('did not pass its checks');
  await expect(alert.getByRole('listitem')).toHaveText([
    'photos[0].site: unknown site "moon-base"',
    'photos[3].caption.zh: missing',
  ]);
  await expect(page.getByRole('button', { name: /open photo/ })).toHaveCount(0);
  await expectRecoveryAfterFix(page, fix);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the list of problems is readable in the ${colorScheme} colour scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const pack = testPack();
    pack.photos[0].site = 'moon-base';
    await page.route('**/exhibit.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(pack) }));
    await page.goto('?lang=en');
    await expect(page.getByRole('alert').getByRole('listitem')).toHaveText(['photos[0].site: unknown site "moon-base"']);
    await expectNoAxeViolations(page);
  });
}

test('the error is shown in Chinese to a Chinese visitor', async ({ page }) => {
  allowConsoleErrors(page, /404/);
  await page.route('**/exhibit.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('?lang=zh');
  await expect(page.getByRole('alert')).toContainText('服务器返回错误 404');
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
});

test('markup in a caption shows as text and runs nothing', async ({ page }) => {
  const pack = testPack();
  const attack = '<img src=x onerror=alert(1)>';
  const photo = pack.photos[1];
  photo.caption.en = `Reporters ${attack} play`;
  await servePack(page, pack);
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  const badImages = [];
  page.on('request', (r) => r.url().endsWith('/x') && badImages.push(r.url()));
  await openExhibit(page, `?photo=${photo.id}&lang=en`);
  const photoView = page.getByRole('dialog');
  await expect(photoView.getByText(`Reporters ${attack} play`)).toBeVisible();
  await expect(photoView.locator('img[src=x]')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(badImages).toEqual([]);
});

test('site and photo ids that look like the page\'s own element ids break nothing', async ({ page }) => {
  const pack = testPack();
  const [first, second] = pack.sites;
  // "panel-title" made the site's map marker "site-panel-title", the id of the site panel's
  // heading; a photo "site-…" made its list card the id of that site's list heading.
  const renamed = 'panel-title';
  pack.photos.filter((p) => p.site === first.id).forEach((p) => (p.site = renamed));
  first.id = renamed;
  pack.photos[0].id = `site-${second.id}`;
  await servePack(page, pack);
  const duplicateIds = () =>
    page.evaluate(() => {
      const counts = new Map();
      document.querySelectorAll('[id]').forEach((e) => counts.set(e.id, (counts.get(e.id) || 0) + 1));
      return [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    });
  await openExhibit(page, `?site=${renamed}&lang=en`);
  const panel = page.getByRole('complementary', { name: first.name.en, exact: true });
  await expect(panel).toBeVisible();
  expect(await duplicateIds()).toEqual([]);
  await page.getByRole('button', { name: 'List view' }).click();
  await expect(page.getByRole('region', { name: second.name.en, exact: true })).toBeVisible();
  expect(await duplicateIds()).toEqual([]);
});
