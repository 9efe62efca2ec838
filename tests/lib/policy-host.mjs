// A static host that sends a given Content-Security-Policy with every response, for tests that
// need a policy other than tests/content-security-policy.txt (the embed tests list their host
// pages in frame-ancestors). Plain files, no compression, like python's http.server.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

export function servePolicy(folder, port, policy) {
  const server = createServer((request, response) => {
    let path = join(folder, normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (isDirectory(path)) path = join(path, 'index.html');
    response.setHeader('Content-Security-Policy', policy);
    if (!isFile(path)) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] || 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${port}/`, stop: () => new Promise((r) => server.close(r).closeAllConnections()) }),
    );
  });
}

const stat = (path) => statSync(path, { throwIfNoEntry: false });
const isDirectory = (path) => stat(path)?.isDirectory();
const isFile = (path) => stat(path)?.isFile();
