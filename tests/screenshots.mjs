// Takes screenshots of the release build at phone, tablet, desktop and kiosk sizes, in both
// languages, of the home, a photo, the statistics and a site, for people to look at, and puts
// them on one contact sheet (contact-sheet.png): `node screenshots.mjs [out-dir] [query…]`.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const out = process.argv[2] || '/tmp/shots';
const base = process.env.EXHIBIT_URL || 'http://127.0.0.1:8765/';
const queries = process.argv.slice(3).length
  ? process.argv.slice(3)
  : ['', '?photo=vr-game', '?view=statistics', '?site=soreal', '?mode=kiosk'];
// name: [width, height, touch]
const sizes = {
  narrow: [320, 640, true],
  phone: [390, 844, true],
  'phone-landscape': [844, 390, true],
  tablet: [768, 1024, true],
  laptop: [1280, 720, false],
  desktop: [1440, 900, false],
  wide: [1920, 1080, false],
  'kiosk-portrait': [1080, 1920, true],
};
// What to look at on each sheet row; the kiosk query only at kiosk-like sizes.
const kioskSizes = new Set(['wide', 'kiosk-portrait', 'laptop']);

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const shots = [];
for (const [name, [width, height, touch]] of Object.entries(sizes)) {
  for (const lang of ['en', 'zh']) {
    for (const query of queries) {
      if (query.includes('mode=kiosk') && !kioskSizes.has(name)) continue;
      const page = await browser.newPage({ viewport: { width, height }, hasTouch: touch, isMobile: touch && width < 900 });
      page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] console error: ${m.text()}`));
      const sep = query ? '&' : '?';
      await page.goto(`${base}${query}${sep}lang=${lang}`);
      await page.waitForTimeout(Number(process.env.SHOT_WAIT || 1800));
      const file = `${out}/${name}-${lang}${query.replace(/[?=&]/g, '_')}.png`;
      await page.screenshot({ path: file });
      shots.push({ file, label: `${name} ${width}×${height} ${lang} ${query || 'home'}`, width, height });
      console.log(file);
      await page.close();
    }
  }
}

// The contact sheet: every screenshot scaled into a cell, labelled, in one picture.
const cell = 240;
const columns = 10;
const rows = Math.ceil(shots.length / columns);
const sheet = await browser.newPage({ viewport: { width: columns * cell, height: rows * (cell + 18) } });
const { readFileSync } = await import('node:fs');
const images = shots.map((s) => ({ ...s, data: `data:image/png;base64,${readFileSync(s.file).toString('base64')}` }));
await sheet.setContent('<body style="margin:0;background:#222"></body>');
await sheet.evaluate(
  async ({ images, cell, columns }) => {
    const canvas = document.createElement('canvas');
    canvas.width = columns * cell;
    canvas.height = Math.ceil(images.length / columns) * (cell + 18);
    document.body.append(canvas);
    const g = canvas.getContext('2d');
    g.fillStyle = '#222';
    g.fillRect(0, 0, canvas.width, canvas.height);
    for (const [i, shot] of images.entries()) {
      const img = new Image();
      img.src = shot.data;
      await img.decode();
      const scale = Math.min((cell - 8) / shot.width, (cell - 8) / shot.height);
      const x = (i % columns) * cell;
      const y = Math.floor(i / columns) * (cell + 18);
      g.drawImage(img, x + 4 + (cell - 8 - shot.width * scale) / 2, y + 4, shot.width * scale, shot.height * scale);
      g.fillStyle = '#ddd';
      g.font = '11px sans-serif';
      g.fillText(shot.label, x + 4, y + cell + 12, cell - 8);
    }
  },
  { images, cell, columns },
);
await sheet.locator('canvas').screenshot({ path: `${out}/contact-sheet.png` });
console.log(`${out}/contact-sheet.png`);
await browser.close();
