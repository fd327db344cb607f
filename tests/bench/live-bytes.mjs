// What a reader of one edition downloads once the story is live: the edition's page, then
// the loader, the glue and the wasm the page names (its data-story-loader, -glue and
// -wasm), brotli at quality 11. The budgets test and the benchmark both count this.
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';

/** Each edition's page in dist/. */
export const EDITION_PAGES = ['index.html', 'zh-Hant/index.html', 'en/index.html'];

export const brotli = (/** @type {Buffer} */ bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The files a page's live layer loads, by role, as paths inside dist/. */
export async function liveFiles(dist, page) {
  const html = await readFile(`${dist}/${page}`, 'utf8');
  const named = (name) => {
    const found = html.match(new RegExp(`data-story-${name}="?([^">\\s]+)"?`));
    if (!found) throw new Error(`${page} names no story-${name}`);
    return found[1].replace(/^\//, '');
  };
  return { page, loader: named('loader'), glue: named('glue'), wasm: named('wasm') };
}

/**
 * The brotli bytes of each file a page's reader downloads once live, and their sum.
 * @returns {Promise<{ page: number, loader: number, glue: number, wasm: number, live: number }>}
 */
export async function liveBytes(dist, page) {
  const files = await liveFiles(dist, page);
  const bytes = { page: 0, loader: 0, glue: 0, wasm: 0 };
  for (const [role, file] of Object.entries(files)) bytes[role] = brotli(await readFile(`${dist}/${file}`));
  return { ...bytes, live: bytes.page + bytes.loader + bytes.glue + bytes.wasm };
}
