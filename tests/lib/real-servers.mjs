// Runs the README's nginx and Caddy blocks, exactly as written there, on loopback ports: each
// block is wrapped in a minimal config like the packaged default one, with only the folder
// path swapped for a world-readable copy of the build. Everything lives in one temp folder.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SUB_PATH = '/exhibits/shijingshan/';
const README_FOLDER = '/srv/shijingshan/dist';

/// The ```nginx and ```caddy blocks and every quoted Content-Security-Policy of the README's
/// "## Deploying" section.
export function deployingSection(readmePath) {
  const readme = readFileSync(readmePath, 'utf8');
  const section = readme.split(/^## Deploying$/m)[1]?.split(/^## /m)[0];
  if (!section) throw new Error(`${readmePath} has no "## Deploying" section`);
  const block = (lang) => {
    const found = [...section.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm'))];
    if (found.length !== 1) throw new Error(`"## Deploying" should have one \`\`\`${lang} block, has ${found.length}`);
    return found[0][1];
  };
  const policies = [...section.matchAll(/Content-Security-Policy "([^"]*)"/g)].map((m) => m[1]);
  return { nginx: block('nginx'), caddy: block('caddy'), policies };
}

/// A temp folder holding a copy of `dist` that nginx's www-data workers can read.
export function workspace(dist) {
  const root = mkdtempSync('/tmp/real-servers-');
  const site = join(root, 'dist');
  cpSync(dist, site, { recursive: true, dereference: true });
  chmodRecursive(root);
  return { root, site, remove: () => rmSync(root, { recursive: true, force: true }) };
}

function chmodRecursive(path) {
  chmodSync(path, 0o755);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) chmodRecursive(child);
    else chmodSync(child, 0o644);
  }
}

/// nginx with the README's `location` inside a server like the one Debian's nginx.conf sets up.
export function startNginx(block, { root, site }, port) {
  const dir = join(root, 'nginx');
  mkdirSync(dir);
  const config = `
user www-data;
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${dir}/access.log;
    gzip on;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
${swapFolder(block, site)}
    }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), config);
  // -e: the error log before the config is read (else the packaged /var/log/nginx one).
  return launch('nginx', ['-e', join(dir, 'error.log'), '-p', dir, '-c', join(dir, 'nginx.conf')], port, dir);
}

/// Caddy with the README's directives inside a plain-HTTP loopback site, no admin endpoint.
export function startCaddy(block, { root, site }, port) {
  const dir = join(root, 'caddy');
  mkdirSync(dir);
  const config = `{
    admin off
    auto_https off
}
http://127.0.0.1:${port} {
${swapFolder(block, site)}
}
`;
  writeFileSync(join(dir, 'Caddyfile'), config);
  // Caddy's data and config folders in the temp folder, not the user's home.
  const env = { ...process.env, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') };
  return launch('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], port, dir, env);
}

function swapFolder(block, site) {
  if (!block.includes(README_FOLDER)) throw new Error(`the block does not serve ${README_FOLDER}`);
  return block.replaceAll(README_FOLDER, site);
}

/// Starts `command` and waits until it answers on `port`.
async function launch(command, args, port, dir, env = process.env) {
  const url = `http://127.0.0.1:${port}${SUB_PATH}`;
  // Something left over on the port would answer in the server's place.
  if (await fetch(url).then(() => true, () => false)) throw new Error(`port ${port} is already in use`);
  const output = [];
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => output.push(d));
  child.stderr.on('data', (d) => output.push(d));
  let running = true;
  const exited = new Promise((resolve) => {
    const ended = () => {
      running = false;
      resolve();
    };
    child.on('exit', ended);
    child.on('error', (e) => ended(output.push(Buffer.from(`${e}\n`))));
  });
  // A test worker that dies without its afterAll still takes its server along.
  process.once('exit', () => child.kill('SIGTERM'));
  const stop = async () => {
    if (running) child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 100 && running; i += 1) {
    if (await fetch(url).then(() => true, () => false)) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  const log = Buffer.concat(output).toString() + readIfThere(join(dir, 'error.log'));
  throw new Error(`${command} did not start on port ${port}:\n${log}`);
}

function readIfThere(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
