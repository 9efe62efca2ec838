// The code tests' own copy of the release build: dist/ (or EXHIBIT_DIST) with the test pack in
// tests/fixtures/pack installed by `publish update-pack`, the command curators use, so no test of
// the code depends on the shipped content. The Playwright config's first server makes it afresh
// at every run (in target/, named by port so runs on other ports do not disturb it):
//   node lib/test-dist.mjs PORT
import { cpSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
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
  const publish = resolve(testsDir, '../target/tools/publish');
  try {
    execFileSync(publish, ['update-pack', TEST_PACK, target], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`${publish} update-pack ${TEST_PACK} ${target} failed:\n${error.stderr || error.message}`);
  }
  return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2]);
  if (!port) throw new Error('usage: node lib/test-dist.mjs PORT');
  makeTestDist(port);
}
