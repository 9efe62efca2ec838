// Takes screenshots of the release build at phone, desktop and kiosk sizes, in both languages,
// for people to look at: `node screenshots.mjs [out-dir] [query…]`.
import { chromium } from '@playwright/test';

const out = process.argv[2] || '/tmp/shots';
const base = process.env.EXHIBIT_URL || 'http://127.0.0.1:8765/';
const queries = process.argv.slice(3).length ? process.argv.slice(3) : ['', '?photo=vr-game', '?view=statistics'];
const sizes = { phone: [390, 844], desktop: [1440, 900], kiosk: [1920, 1080], narrow: [320, 640] };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
for (const [name, [width, height]] of Object.entries(sizes)) {
  for (const lang of ['en', 'zh']) {
    for (const query of queries) {
      const page = await browser.newPage({ viewport: { width, height }, hasTouch: name === 'phone' || name === 'narrow' });
      page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] console error: ${m.text()}`));
      const sep = query ? '&' : '?';
      await page.goto(`${base}${query}${sep}lang=${lang}`);
      await page.waitForTimeout(1800);
      const file = `${out}/${name}-${lang}${query.replace(/[?=&]/g, '_')}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
