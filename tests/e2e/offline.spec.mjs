// Offline: after one visit the service worker serves the app, the content pack and the
// pictures with no network.
import { test, expect, openExhibit } from './fixtures.mjs';

test.use({ serviceWorkers: 'allow' });

test('a reload with no network serves the exhibit and opens a photo', async ({ page, context }) => {
  await openExhibit(page, '?lang=en');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Sci-Fi in the Blast Furnace/);
  await page.getByRole('button', { name: /A VR game · .* open photo/ }).click();
  const picture = page.getByRole('dialog', { name: 'A VR game' }).getByRole('img', { name: /VR headsets/ });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.goto('?photo=robot-tai-chi&lang=en');
  await expect(page.getByRole('dialog', { name: "A robot's Tai Chi" })).toBeVisible();
});

test('the web app manifest names the exhibit and its install icons', async ({ page, request }) => {
  await openExhibit(page, '?lang=en');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest.name).toContain('Sci-Fi in the Blast Furnace');
  const sizes = manifest.icons.map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    expect((await request.get(icon.src)).status()).toBe(200);
  }
});
