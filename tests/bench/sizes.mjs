// Bytes per asset of dist/: raw, gzip and brotli (both at their highest levels).
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export async function assetSizes(dist) {
  const rows = [];
  // Files in folders too: each edition's page (zh-Hant/index.html, en/index.html).
  const names = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(dist.length + 1))
    .sort();
  for (const name of names) {
    const body = await readFile(`${dist}/${name}`);
    rows.push({
      asset: name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return rows;
}
