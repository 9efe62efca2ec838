// The real-photographs pack for tests/bench-photographs.mjs (issue #23 §8): nine camera JPEGs
// from Debian's mate-backgrounds package, fetched once into target/bench/photographs/ (git-ignored),
// put into a copy of the shipped pack in place of the nine illustrations, and published with the
// documented command into a copy of dist/, timed cold and with nothing changed.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MATE = 'usr/share/backgrounds/mate';
/// The nine photographs, largest first: the first goes to the photo whose card comes first in
/// the strips (the one the bench taps), so the tap is measured on the 16 MB, 5640 px file.
/// Every one is a JPEG camera photograph (EXIF from a Sony, Canon or Konica Minolta where it has
/// any), 0.5 to 16.4 MB; none is a PNG or an illustration.
export const PHOTOGRAPH_FILES = [
  'abstract/Elephants_5640x3172.jpg',
  'abstract/Elephants_3840x2160.jpg',
  'nature/RainDrops.jpg',
  'nature/Blinds.jpg',
  'abstract/Elephants.jpg',
  'nature/Dune.jpg',
  'nature/TwoWings.jpg',
  'nature/Storm.jpg',
  'nature/Wood.jpg',
];

/// Width and height of a JPEG as shown: its frame's size, swapped for EXIF orientations 5 to 8.
export function jpegSize(bytes) {
  let orientation = 1;
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1];
    const length = bytes.readUInt16BE(i + 2);
    if (marker === 0xe1 && bytes.toString('latin1', i + 4, i + 10) === 'Exif\0\0') {
      const tiff = bytes.subarray(i + 10, i + 2 + length);
      const be = tiff.toString('latin1', 0, 2) === 'MM';
      const u16 = (o) => (be ? tiff.readUInt16BE(o) : tiff.readUInt16LE(o));
      const u32 = (o) => (be ? tiff.readUInt32BE(o) : tiff.readUInt32LE(o));
      const ifd = u32(4);
      for (let k = 0; k < u16(ifd); k += 1) {
        const entry = ifd + 2 + 12 * k;
        if (u16(entry) === 0x0112) orientation = u16(entry + 8);
      }
    }
    if ([0xc0, 0xc1, 0xc2, 0xc3].includes(marker)) {
      const height = bytes.readUInt16BE(i + 5);
      const width = bytes.readUInt16BE(i + 7);
      return orientation >= 5 ? { width: height, height: width, orientation } : { width, height, orientation };
    }
    i += 2 + length;
  }
  throw new Error('no JPEG frame header found');
}

/// Width and height of a PNG (its IHDR chunk).
export function pngSize(bytes) {
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('no PNG header found');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/// Downloads and extracts mate-backgrounds into `folder` unless the nine files are there.
export function fetchPhotographs(folder) {
  const all = () => PHOTOGRAPH_FILES.every((f) => existsSync(join(folder, MATE, f)));
  if (!all()) {
    mkdirSync(folder, { recursive: true });
    if (!readdirSync(folder).some((f) => /^mate-backgrounds_.*\.deb$/.test(f))) {
      console.error('fetching mate-backgrounds (46 MB) with apt-get download …');
      execFileSync('apt-get', ['download', 'mate-backgrounds'], { cwd: folder, stdio: 'inherit' });
    }
    const deb = readdirSync(folder).find((f) => /^mate-backgrounds_.*\.deb$/.test(f));
    execFileSync('dpkg-deb', ['-x', join(folder, deb), folder], { stdio: 'inherit' });
    if (!all()) throw new Error(`mate-backgrounds (${deb}) lacks some of ${PHOTOGRAPH_FILES.join(', ')}`);
  }
  return PHOTOGRAPH_FILES.map((name) => {
    const path = join(folder, MATE, name);
    const bytes = readFileSync(path);
    return { name, path, bytes: bytes.length, ...jpegSize(bytes) };
  });
}

/// The photos as the strips show them: by site in the pack's order, then by photo order.
export function stripOrder(pack) {
  return pack.sites.flatMap((site) => pack.photos.filter((p) => p.site === site.id).sort((a, b) => a.order - b.order));
}

/// A copy of the shipped pack (`shipped`: the folder holding exhibit.json) in `folder` with each
/// photo's picture one of the real photographs. Written only when it differs, so publishing
/// it again finds nothing changed.
export function buildPhotographsPack(shipped, folder, photographs) {
  const pack = JSON.parse(readFileSync(join(shipped, 'exhibit.json'), 'utf8'));
  const order = stripOrder(pack);
  if (order.length !== photographs.length) throw new Error(`the shipped pack has ${order.length} photos, not ${photographs.length}`);
  rmSync(folder, { recursive: true, force: true });
  cpSync(shipped, folder, { recursive: true });
  order.forEach((photo, i) => {
    const shot = photographs[i];
    const src = `images/photos/${photo.id}.jpg`;
    rmSync(join(folder, photo.image.src), { force: true });
    cpSync(shot.path, join(folder, src));
    photo.image = { src, width: shot.width, height: shot.height };
    delete photo.image_note; // a photograph, not an illustration
    shot.photo = photo.id;
  });
  writeFileSync(join(folder, 'exhibit.json'), `${JSON.stringify(pack, null, 2)}\n`);
  return { pack, assigned: order.map((p, i) => ({ photo: p.id, file: photographs[i].name })) };
}

/// `cargo run --profile tools --bin publish -- update-pack PACK DIST` (the Makefile's
/// update-pack), timed in seconds; its output is kept for the report.
export function timedUpdatePack(root, packFolder, dist) {
  const env = { ...process.env };
  delete env.EXHIBIT_PICTURE_CACHE; // the picture cache under test is DIST/.publish/picture-cache
  const start = process.hrtime.bigint();
  const run = spawnSync('cargo', ['run', '--quiet', '--profile', 'tools', '--bin', 'publish', '--', 'update-pack', packFolder, dist], { cwd: root, env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`update-pack failed:\n${run.stdout}\n${run.stderr}`);
  return { seconds, output: `${run.stdout}${run.stderr}`.trim() };
}

/// Publishes `packFolder` into a fresh copy of `dist` at `copy`: once with an empty picture cache
/// (cold), once more with nothing changed.
export function publishTwice(root, dist, packFolder, copy) {
  // Untimed: the publish tool is built already by `make build`; this only makes sure of it.
  execFileSync('cargo', ['build', '--quiet', '--profile', 'tools', '--bin', 'publish'], { cwd: root, stdio: 'inherit' });
  rmSync(copy, { recursive: true, force: true });
  cpSync(dist, copy, { recursive: true });
  rmSync(join(copy, '.publish/picture-cache'), { recursive: true, force: true });
  const cold = timedUpdatePack(root, packFolder, copy);
  const unchanged = timedUpdatePack(root, packFolder, copy);
  return { coldSeconds: cold.seconds, unchangedSeconds: unchanged.seconds, coldOutput: cold.output, unchangedOutput: unchanged.output };
}

/// Every photo page's og:image in a published folder: its address, bytes and pixel size.
export function ogImages(dist) {
  const pack = JSON.parse(readFileSync(join(dist, 'exhibit.json'), 'utf8'));
  return pack.photos.map((photo) => {
    const page = join(dist, 'photos', photo.id, 'index.html');
    const html = readFileSync(page, 'utf8');
    const content = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    if (!content) return { photo: photo.id, image: null };
    const relative = content.replace(/^https?:\/\/[^/]+\//, '').replace(/^\//, '');
    const file = [join(dist, relative), join(dist, 'photos', photo.id, relative)].find((f) => existsSync(f) && statSync(f).isFile());
    if (!file) return { photo: photo.id, image: content, bytes: null };
    const bytes = readFileSync(file);
    const size = /\.jpe?g$/i.test(file) ? jpegSize(bytes) : /\.png$/i.test(file) ? pngSize(bytes) : {};
    return { photo: photo.id, image: content, bytes: bytes.length, width: size.width ?? null, height: size.height ?? null };
  });
}
