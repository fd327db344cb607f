// A static file server for dist/ on loopback, with the MIME types a host must send
// (application/wasm above all). Used by the end-to-end tests; `node serve.mjs DIR PORT` also works.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
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
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
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
        const key = `${encoding}:${file}`;
        if (!compressed.has(key)) {
          compressed.set(key, encoding === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 }));
        }
        body = compressed.get(key);
        Object.assign(headers, { 'content-encoding': encoding, vary: 'Accept-Encoding' });
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
    });
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const { url } = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4173));
  console.log(`serving on ${url}`);
}
