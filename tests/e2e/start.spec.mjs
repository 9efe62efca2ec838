// The optimised release build starts in a browser, and the page is a proper document.
import { test, expect, openExhibit, expectNoAxeViolations, testPack } from './fixtures.mjs';

test('the release build starts with the exhibit title and no console error', async ({ page }) => {
  await openExhibit(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(testPack().title.en);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Schematic map of Shougang Park' })).toBeVisible();
});

test('the document declares its language, viewport and icon', async ({ page }) => {
  await openExhibit(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('meta[name=viewport]')).toHaveAttribute('content', /width=device-width/);
  const icon = await page.locator('link[rel=icon]').getAttribute('href');
  const response = await page.request.get(icon);
  expect(response.status()).toBe(200);
});

test('the release wasm is the optimised build', async ({ page }) => {
  const wasm = [];
  page.on('response', (r) => r.url().endsWith('.wasm') && wasm.push(r));
  await openExhibit(page);
  expect(wasm).toHaveLength(1);
  const body = await wasm[0].body();
  expect(wasm[0].headers()['content-type']).toBe('application/wasm');
  // No name section: wasm-opt -Oz strips it; a debug or unoptimised build keeps it.
  const module = await WebAssembly.compile(body);
  expect(WebAssembly.Module.customSections(module, 'name')).toHaveLength(0);
});

test('the home view has no accessibility violations', async ({ page }) => {
  await openExhibit(page);
  await expectNoAxeViolations(page);
});
