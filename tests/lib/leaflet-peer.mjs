// The bench's peer (#24 §5): the same exhibit built the common way, with Leaflet 1.9 and
// GLightbox 3 from tests/node_modules, reading the same exhibit.json and pictures as dist/.
// A static folder: index.html, the two libraries' dist files, a small script and stylesheet,
// the pack and its pictures, each also as .br and .gz (as the release build ships them), so the
// same static server serves both builds alike. Nothing is loaded from any other host.
//   the map picture: an L.imageOverlay on CRS.Simple, fitted to the screen
//   a marker per photo: a real <button> named by the photo's title (English or Chinese)
//   a click on a marker: GLightbox opens at that photo, with its picture and caption
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const modules = new URL('../node_modules/', import.meta.url).pathname;

const indexHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shijingshan exhibit (Leaflet peer)</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="leaflet/leaflet.css">
<link rel="stylesheet" href="glightbox/glightbox.min.css">
<link rel="stylesheet" href="peer.css">
<script defer src="leaflet/leaflet.js"></script>
<script defer src="glightbox/glightbox.min.js"></script>
<script defer src="peer.js"></script>
</head>
<body>
<header><h1 id="title"></h1></header>
<main id="map"></main>
</body>
</html>
`;

const peerCss = `html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; }
body { display: flex; flex-direction: column; }
header { padding: 0.5rem 1rem; }
h1 { margin: 0; font-size: 1.25rem; line-height: 1.3; }
#map { flex: 1; background: #e8e4da; }
.peer-hotspot { width: 44px; height: 44px; padding: 0; border: 3px solid #fff; border-radius: 50%;
  background: #b5402a; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.5); cursor: pointer; }
.peer-hotspot:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
`;

// Runs after Leaflet and GLightbox (all three are deferred, in order).
const peerJs = `(async () => {
  const query = new URLSearchParams(location.search).get('lang');
  const lang = query === 'zh' || query === 'en' ? query : (navigator.language.startsWith('zh') ? 'zh' : 'en');
  const t = (text) => text[lang] || text.en;
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  const pack = await (await fetch('exhibit.json')).json();
  document.title = t(pack.title);
  document.getElementById('title').textContent = t(pack.title);
  const { src, width, height } = pack.map.image;
  const bounds = [[0, 0], [height, width]];
  const map = L.map('map', { crs: L.CRS.Simple, minZoom: -4, maxZoom: 3, zoomSnap: 0, attributionControl: false });
  L.imageOverlay(src, bounds, { alt: t(pack.map.alt) }).addTo(map);
  map.fitBounds(bounds);
  const photos = [...pack.photos].sort((a, b) => a.order - b.order);
  const lightbox = GLightbox({
    elements: photos.map((p) => ({ href: p.image.src, type: 'image', alt: t(p.alt), title: t(p.title), description: t(p.caption) })),
  });
  // A marker icon that is a real button, named by the photo's title.
  const ButtonIcon = L.DivIcon.extend({
    createIcon() {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('aria-label', this.options.label);
      this._setIconStyles(button, 'icon');
      return button;
    },
  });
  photos.forEach((p, i) => {
    const icon = new ButtonIcon({ className: 'peer-hotspot', iconSize: [44, 44], label: t(p.title) });
    L.marker([height * (1 - p.hotspot.y), width * p.hotspot.x], { icon, keyboard: true })
      .on('click', () => lightbox.openAt(i))
      .addTo(map);
  });
})();
`;

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/// Builds the peer into `out` (emptied first) from the pack and pictures in `dist`.
export function buildLeafletPeer(dist, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const put = (path, text) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  };
  put('index.html', indexHtml);
  put('peer.css', peerCss);
  put('peer.js', peerJs);
  for (const [from, to] of [
    ['leaflet/dist/leaflet.js', 'leaflet/leaflet.js'],
    ['leaflet/dist/leaflet.css', 'leaflet/leaflet.css'],
    ['glightbox/dist/js/glightbox.min.js', 'glightbox/glightbox.min.js'],
    ['glightbox/dist/css/glightbox.min.css', 'glightbox/glightbox.min.css'],
  ]) {
    mkdirSync(dirname(join(out, to)), { recursive: true });
    copyFileSync(join(modules, from), join(out, to));
  }
  cpSync(join(modules, 'leaflet/dist/images'), join(out, 'leaflet/images'), { recursive: true });
  // The same pack and pictures as the exhibit (with the build's own .br/.gz beside them).
  for (const file of ['exhibit.json', 'favicon.svg']) copyFileSync(join(dist, file), join(out, file));
  cpSync(join(dist, 'images'), join(out, 'images'), { recursive: true });
  for (const path of filesUnder(out)) {
    if (/\.(br|gz)$/.test(path) || /\.png$/.test(path)) continue;
    const body = readFileSync(path);
    try {
      statSync(`${path}.br`);
      continue;
    } catch {
      // not compressed yet
    }
    writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  }
  const brotli = (path) => statSync(join(out, `${path}.br`)).size;
  return {
    folder: out,
    firstDownloadBrotliBytes: ['index.html', 'peer.css', 'peer.js', 'leaflet/leaflet.js', 'leaflet/leaflet.css', 'glightbox/glightbox.min.js', 'glightbox/glightbox.min.css']
      .map(brotli)
      .reduce((a, b) => a + b, 0),
  };
}

/// How the bench drives the peer (as measure.mjs's exhibitBuild, and phone-boot's exhibitBoot).
export const peerBuild = {
  name: 'Leaflet peer',
  query: '?lang=en',
  ready: (page) => page.locator('button.peer-hotspot').first().waitFor(),
  hotspots: 'button.peer-hotspot',
  picture: '.glightbox-container .gslide.current img',
  openView: '.glightbox-container',
};
export const peerBoot = { tappable: 'button.peer-hotspot', live: 'button.peer-hotspot' };
