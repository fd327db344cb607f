// Bytes per asset of dist/: raw, gzip and brotli (both at their highest levels). The charts'
// CSV files (csv/ beside each edition's page) are downloads a reader asks for, not part of
// loading the story: one row sums them.
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
  const isCsv = (row) => /(^|\/)csv\/[^/]+\.csv$/.test(row.asset);
  const csv = rows.filter(isCsv);
  const sum = (key) => csv.reduce((total, row) => total + row[key], 0);
  const downloads = { asset: `csv/*.csv, every edition (${csv.length} downloads)`, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
  return [...rows.filter((row) => !isCsv(row)), ...(csv.length ? [downloads] : [])];
}
