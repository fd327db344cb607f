// The benchmark command's report: prints tables and writes target/bench/report.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { serve } from '../e2e/serve.mjs';
import { lighthouseMedian } from './lighthouse.mjs';
import { EDITION_PAGES, liveBytes, liveFiles } from './live-bytes.mjs';
import { yewFloor } from './floor.mjs';
import { timeToLive } from './live.mjs';
import { scrollBenchmark } from './scroll.mjs';
import { assetSizes } from './sizes.mjs';
import { writeStaticPage } from './static-page.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist`;
const runs = Number(process.env.BENCH_RUNS ?? 3);

const sizes = await assetSizes(dist);
// What a reader of the base edition downloads: first its page (CSS and head script inlined)
// and the loader; then, once they read on, the glue and the wasm.
const firstView = sizes.filter((s) => s.asset === 'index.html' || /^loader-.*\.js$/.test(s.asset));
const baseFiles = Object.values(await liveFiles(dist, 'index.html'));
const readOn = sizes.filter((s) => baseFiles.includes(s.asset));
const total = (assets, key) => assets.reduce((sum, s) => sum + s[key], 0);
const row = (asset, assets) => ({ asset, raw: total(assets, 'raw'), gzip: total(assets, 'gzip'), brotli: total(assets, 'brotli') });
console.log('\nBytes per asset (raw / gzip / brotli)');
console.table([...sizes, row('first view (page + loader)', firstView), row('once read on (+ glue + wasm)', readOn)]);

const ours = await serve(dist, 0, { compress: true });
const plain = await serve(await writeStaticPage(root), 0, { compress: true });
// A CDN serves pages already compressed: compress once before measuring, or the first
// run's time to first byte is our test server's brotli at quality 11.
for (const server of [ours, plain]) {
  for (const encoding of ['br', 'gzip']) await fetch(`${server.url}/`, { headers: { 'accept-encoding': encoding } });
}
const lighthouse = {};
for (const method of ['simulate', 'devtools']) {
  for (const [page, server] of [['story', ours], ['static', plain]]) {
    // The base edition at /, as a portal links it. Lighthouse's browser asks for English:
    // the page is never redirected for that (a crawler-like browser is not even offered
    // the English edition), so this is what such a reader's first view costs.
    const url = `${server.url}/`;
    lighthouse[`${page} (${method})`] = await lighthouseMedian(url, method, runs);
  }
  lighthouse[`LCP ratio story/static (${method})`] = {
    lcpMs: Math.round((lighthouse[`story (${method})`].lcpMs / lighthouse[`static (${method})`].lcpMs) * 100) / 100,
  };
}
ours.close();
plain.close();
console.log(`\nLighthouse, mobile preset, brotli on loopback (median of ${runs})`);
console.table(lighthouse);

// Each edition once live: its reader's bytes in all, and the time from the first scroll
// until every island runs (median of at least 5).
const liveRuns = Math.max(runs, 5);
const times = await timeToLive(dist, EDITION_PAGES.map((page) => page.replace(/index\.html$/, '')), liveRuns);
const live = [];
for (const page of EDITION_PAGES) {
  const bytes = await liveBytes(dist, page);
  live.push({ edition: page, ...bytes, liveKiB: Math.round((bytes.live / 1024) * 10) / 10, timeToLiveMs: times[page.replace(/index\.html$/, '')] });
}
console.log(`\nEach edition once live: brotli bytes its reader downloads, and ms from the first scroll until live at 4× CPU (median of ${liveRuns})`);
console.table(live);

// What of that any Yew hydration costs, and what the story adds to it.
const floor = await yewFloor(root);
const budget = 100 * 1024;
const floorRows = live.map(({ edition, page, loader, glue, wasm, live: all }) => ({
  edition,
  'floor glue + wasm': floor.glue + floor.wasm,
  'story glue + wasm': glue + wasm,
  'story over the floor': glue + wasm - floor.glue - floor.wasm,
  'floor live (page + loader + floor)': page + loader + floor.glue + floor.wasm,
  'room in 100 KiB over the floor': budget - (page + loader + floor.glue + floor.wasm),
  'over 100 KiB': all - budget,
}));
console.log("\nYew's floor (tests/bench/yew-floor: one paragraph hydrated, the story's profile and wasm-opt), brotli bytes");
console.table(floorRows);

const scroll = await scrollBenchmark(dist, runs);
console.log(`\nScrolling the story down and up 3 times at 4× CPU, phone (median of ${runs})`);
console.table([scroll]);

const date = new Date().toISOString();
await mkdir(`${root}target/bench`, { recursive: true });
await writeFile(`${root}target/bench/report.json`, JSON.stringify({ date, runs, sizes, live, floor, lighthouse, scroll }, null, 2));
await writeFile(`${root}docs/benchmarks.md`, benchmarksPage({ date, runs, sizes: [...sizes, row('first view (page + loader)', firstView), row('once read on (+ glue + wasm)', readOn)], live, liveRuns, floorRows, lighthouse, scroll }));
console.log('\nwritten to target/bench/report.json and docs/benchmarks.md (chart render times: target/bench/charts.json)');

/** The figures as docs/benchmarks.md: written by this command, never by hand. */
function benchmarksPage({ date, runs, sizes, live, liveRuns, floorRows, lighthouse, scroll }) {
  const table = (rows) => {
    const keys = Object.keys(rows[0]);
    const cell = (v) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v ?? ''));
    return [`| ${keys.join(' | ')} |`, `| ${keys.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${keys.map((k) => cell(r[k])).join(' | ')} |`)].join('\n');
  };
  return `# Benchmarks

Written by \`tools/bench.sh\` (tests/bench/run.mjs) on ${date.slice(0, 10)}, median of ${runs} runs, on the
machine that ran it: compare figures from one run with each other, not with another machine's.

## Bytes per asset

${table(sizes)}

## Each edition once live

Brotli bytes a reader of the edition downloads in all (its page, the loader, the glue and
the wasm its page names), and milliseconds from the first scroll until every island runs,
at 4× CPU on a phone (median of ${liveRuns}).

${table(live)}

## Yew's floor

The glue and wasm of \`tests/bench/yew-floor\`, which hydrates one prerendered paragraph
with the story's Yew, release profile and wasm-opt options, against the story's own; and
what is left of 100 KiB for the story once its page, the loader and the floor are paid.

${table(floorRows)}

## Lighthouse, mobile preset, brotli on loopback

${table(Object.entries(lighthouse).map(([page, figures]) => ({ page, ...figures })))}

## Scrolling the story down and up at 4× CPU, phone

${table([scroll])}
`;
}
