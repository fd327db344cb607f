// A static file server for dist/ on loopback, with the MIME types a host must send
// (application/wasm above all). Used by the end-to-end tests; `node serve.mjs DIR PORT` also works.
//
// For the tests it also does, the same in every engine, what only some browser drivers
// can do: it injects test scripts into every page it serves (`preludes`, from
// tests/e2e/preludes/, run before any of the page's own), answers chosen requests with a
// fault (404, a cut body, a wrong type, a delay, a dropped connection) and logs every
// request with its status. Set per page through `testState` (one page at a time).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const PRELUDES = fileURLToPath(new URL('./preludes/', import.meta.url));
const PRELUDE_PATH = '/__e2e__/';

/**
 * What every server of this process does for the page under test: `preludes` (names, or
 * `{ name, arg }` with a JSON argument the script reads from `data-arg`), `faults`
 * (`{ match: RegExp, fault: '404' | 'truncate' | 'text-plain' | 'drop' | { delay: ms } }`),
 * and `log`: every request as `{ url, status, at }`.
 */
export const testState = { preludes: [], faults: [], log: [], releases: new Set() };

/** Ends every delay fault now. */
export function releaseDelays() {
  for (const release of testState.releases) release();
  testState.releases.clear();
}

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page with the preludes' script tags first in its head. */
function withPreludes(html) {
  if (!testState.preludes.length) return html;
  const tags = testState.preludes.map((prelude) => {
    const { name, arg } = typeof prelude === 'string' ? { name: prelude } : prelude;
    const data = arg === undefined ? '' : ` data-arg="${escapeAttribute(JSON.stringify(arg))}"`;
    return `<script src="${PRELUDE_PATH}${name}.js"${data}></script>`;
  }).join('');
  // First in the head: after <head>, or, where a minifier left that tag out, after <html …>.
  const at = html.match(/<head(\s[^>]*)?>|<html(\s[^>]*)?>/i);
  const end = at ? at.index + at[0].length : 0;
  return `${html.slice(0, end)}${tags}${html.slice(end)}`;
}

/** Answers with the fault set for this path, if any; true when it did. */
async function answeredWithFault(path, body, headers, res) {
  const rule = testState.faults.find((f) => f.match.test(path));
  if (!rule) return false;
  const { fault } = rule;
  if (fault === '404') res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  else if (fault === 'drop') res.socket.destroy();
  else if (fault === 'truncate') res.writeHead(200, headers).end(body.subarray(0, body.length >> 1));
  else if (fault === 'text-plain') res.writeHead(200, { ...headers, 'content-type': 'text/plain' }).end(body);
  else if (fault.delay) {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, fault.delay);
      testState.releases.add(() => { clearTimeout(timer); resolve(); });
    });
    return false;
  } else throw new Error(`unknown fault ${JSON.stringify(fault)}`);
  return true;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * The rules of a `_headers` file (Netlify / Cloudflare Pages format): a path pattern on
 * its own line (`*` matches anything), then indented `Name: value` lines.
 */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, headers: {} });
    } else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** Serves `root` on loopback. With `compress`, answers with brotli or gzip as a CDN would;
 * `rules` (from `parseHeaders`) add headers by path, as a static host would. */
export function serve(root, port = 0, { compress = false, headers: extra = {}, rules = [] } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
    res.on('finish', () => testState.log.push({ url: url.href, status: res.statusCode, at: Date.now() }));
    const path = decodeURIComponent(url.pathname);
    const preludeFile = path.startsWith(PRELUDE_PATH) && /^[a-z-]+\.js$/.test(path.slice(PRELUDE_PATH.length));
    const base = preludeFile ? PRELUDES : root;
    const file = normalize(join(base, preludeFile ? path.slice(PRELUDE_PATH.length) : path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(base))) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (extname(file) === '.html') body = Buffer.from(withPreludes(body.toString('utf8')));
      const served = path.endsWith('/') ? `${path}index.html` : path;
      for (const rule of rules) if (rule.pattern.test(served)) Object.assign(headers, rule.headers);
      Object.assign(headers, extra);
      if (compress) {
        // As the README's deployment notes say: content-hashed files forever, the page never.
        const hashed = /-[0-9a-f]{16}(_bg)?\.\w+$/.test(file);
        headers['cache-control'] = hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
      }
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = !compress || extname(file) === '.png' ? null : accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null;
      if (encoding) {
        const key = `${encoding}:${file}:${body.length}`;
        if (!compressed.has(key)) {
          compressed.set(key, encoding === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 }));
        }
        body = compressed.get(key);
        Object.assign(headers, { 'content-encoding': encoding, vary: 'Accept-Encoding' });
      }
      if (await answeredWithFault(path, body, headers, res)) return;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`, close: () => server.close() });
    });
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const { url } = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4173));
  console.log(`serving on ${url}`);
}

/**
 * Serves a built site as its host would: under the headers of its `_headers`, with the
 * origin the build was given (STORY_URL, read from the page's canonical link) replaced by
 * this server's, as a deployment at this address would have been built.
 */
export async function serveAsDeployed(dist, options = {}) {
  const page = await readFile(join(dist, 'index.html'), 'utf8');
  const built = new URL(page.match(/<link rel="?canonical"? href="?([^" >]+)/)[1]).origin;
  const text = await readFile(join(dist, '_headers'), 'utf8');
  const rules = [];
  const server = await serve(dist, 0, { ...options, rules });
  rules.push(...parseHeaders(text.replaceAll(built, server.url)));
  return { ...server, rules };
}
