// Serves a folder with tests/static_server.py (the plainest static host) for a script's run;
// with `precompressed`, it sends the build's .br/.gz files as a production server would.
import { spawn } from 'node:child_process';

const staticServer = new URL('../static_server.py', import.meta.url).pathname;

export async function serve(folder, port, { precompressed = false } = {}) {
  const args = [staticServer, folder, String(port), ...(precompressed ? ['--precompressed'] : [])];
  const server = spawn('python3', args, { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`the static server on port ${port} did not start`);
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
