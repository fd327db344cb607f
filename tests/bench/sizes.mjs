// Bytes per asset of dist/: raw, gzip and brotli (both at their highest levels).
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export async function assetSizes(dist) {
  const rows = [];
  for (const name of (await readdir(dist)).sort()) {
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
