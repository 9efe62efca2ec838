// End-to-end tests drive Debian's Chromium against the release build in ../dist (or
// EXHIBIT_DIST) with the test pack installed (lib/test-dist.mjs), served by a plain static
// server (static_server.py: like python3 -m http.server, no compression, no rewrites) that
// sends the README's Content-Security-Policy, so every journey runs under it: any violation is a
// console error, which fails the test (a policy only takes away, so what works under it works
// without it). The sub-path copy is served by python3 -m http.server itself. The real-servers
// project runs the shipped build itself, as the README deploys it.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './lib/serve.mjs';
import { testDist } from './lib/test-dist.mjs';

const port = Number(process.env.EXHIBIT_PORT || 8765);
const root = testDist(port);

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Two workers, one per core: a file's tests run in order on one of them; the servers a test
  // starts itself are on ports of its worker's own (lib/ports.mjs).
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS || 2),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    { name: 'plain host', testIgnore: 'servers.spec.mjs' },
    // The README's nginx and Caddy blocks, run in Debian's nginx and Caddy (lib/ports.mjs),
    // which the spec starts itself.
    { name: 'real servers', testMatch: 'servers.spec.mjs' },
  ],
  // Playwright starts these one after the other, each once the one before answers: the first
  // makes the test copy of the build that all three serve.
  webServer: [
    {
      command: `node lib/test-dist.mjs ${port} && exec python3 static_server.py ${root} ${port} --csp`,
      url: `http://127.0.0.1:${port}/index.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    // The same build under a sub-path (/exhibits/shijingshan/), as a museum's site would host it,
    // one port up; the folder is named by its port so runs on other ports do not disturb it.
    {
      command: `bash -c 'rm -rf ../target/subpath-${port + 1} && mkdir -p ../target/subpath-${port + 1}/exhibits && ln -s "$(realpath ${root})" ../target/subpath-${port + 1}/exhibits/shijingshan && exec python3 -m http.server ${port + 1} --bind 127.0.0.1 --directory ../target/subpath-${port + 1}'`,
      url: `http://127.0.0.1:${port + 1}/exhibits/shijingshan/index.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
