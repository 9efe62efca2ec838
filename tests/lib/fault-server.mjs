// A static server that fails on demand: tests/static_server.py with --faults, for tests of what
// a visitor sees when the host answers 503, hangs, or a captive portal answers instead.
//
//   const server = await startFaultServer(folder, 8930, { csp: true });
//   server.setFaults({ '/exhibit.json': { status: 503, body: 'down' } });  // from the next request on
//   server.clearFaults();
//   await server.stop();
//
// Fault paths are request paths from the served root, without the query string; each fault may
// give status, body, content_type and delay_ms (see tests/static_server.py).
import { spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const staticServer = new URL('../static_server.py', import.meta.url).pathname;

export async function startFaultServer(folder, port, { csp = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'exhibit-faults-'));
  const file = join(dir, 'faults.json');
  // Written whole and renamed into place, so the server never reads half a file.
  const write = (faults) => {
    writeFileSync(`${file}.new`, JSON.stringify(faults));
    renameSync(`${file}.new`, file);
  };
  write({});
  const args = [staticServer, folder, String(port), '--faults', file, ...(csp ? ['--csp'] : [])];
  const server = spawn('python3', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  let running = true;
  exited.then(() => (running = false));
  const stop = async () => {
    if (running) server.kill();
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100 && running; i += 1) {
    try {
      if ((await fetch(url)).ok) {
        return { url, setFaults: write, clearFaults: () => write({}), stop };
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`the fault server on port ${port} did not start (is the port taken?)`);
}
