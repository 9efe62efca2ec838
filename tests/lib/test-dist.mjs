// The code tests' own copy of the release build: dist/ (or EXHIBIT_DIST) with the test pack in
// tests/fixtures/pack installed by `publish update-pack`, the command curators use, so no test of
// the code depends on the shipped content. The Playwright config's first server makes it afresh
// at every run (in target/, named by port so runs on other ports do not disturb it):
//   node lib/test-dist.mjs PORT
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const testsDir = fileURLToPath(new URL('..', import.meta.url));

export const TEST_PACK = resolve(testsDir, 'fixtures/pack');
/// The release build as built: what the README's real servers and the budgets serve.
export const releaseDist = resolve(testsDir, process.env.EXHIBIT_DIST || '../dist');
export const testDist = (port) => resolve(testsDir, `../target/test-dist-${port}`);

export function makeTestDist(port) {
  const target = testDist(port);
  rmSync(target, { recursive: true, force: true });
  cpSync(releaseDist, target, { recursive: true, dereference: true });
  updatePack(TEST_PACK, target);
  return target;
}

/// A copy of the served test build published again, as a museum would, with the test pack given
/// a public address (`settings.public_base_url`): what the kiosk's QR codes need. Its folder,
/// made once per run and by the port of the server that serves it (one per Playwright worker).
export function addressedDist(port, address, servedOn) {
  const target = resolve(testsDir, `../target/addressed-${servedOn}`);
  const packFile = join(target, 'exhibit.json');
  try {
    if (JSON.parse(readFileSync(packFile, 'utf8')).settings.public_base_url === address) return target;
  } catch {
    // Not made yet.
  }
  rmSync(target, { recursive: true, force: true });
  cpSync(testDist(port), target, { recursive: true, dereference: true });
  const pack = mkdtempSync(join(tmpdir(), 'exhibit-addressed-'));
  cpSync(TEST_PACK, pack, { recursive: true, dereference: true });
  const json = JSON.parse(readFileSync(join(pack, 'exhibit.json'), 'utf8'));
  json.settings.public_base_url = address;
  writeFileSync(join(pack, 'exhibit.json'), JSON.stringify(json, null, 2));
  updatePack(pack, target);
  rmSync(pack, { recursive: true, force: true });
  return target;
}

function updatePack(pack, target) {
  const publish = resolve(testsDir, '../target/tools/publish');
  try {
    execFileSync(publish, ['update-pack', pack, target], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`${publish} update-pack ${pack} ${target} failed:\n${error.stderr || error.message}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2]);
  if (!port) throw new Error('usage: node lib/test-dist.mjs PORT');
  makeTestDist(port);
}
