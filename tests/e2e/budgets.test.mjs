// Byte budgets (brotli), cheap and deterministic, on the release build in dist/. A budget
// that fails names what grew since tests/budgets.json (the sizes last committed;
// UPDATE_BUDGETS=1 rewrites it after an intended change).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';

import { liveBytes } from '../bench/live-bytes.mjs';
import { engine } from './engines/index.mjs';
import { root } from './fixture.mjs';

// The bytes on disk are the same whichever engine runs the suite: counted once, with Chromium.
const once = engine.name === 'chromium' ? {} : { skip: `${engine.name}: bytes are engine-independent, counted in the Chromium run` };

const KB = 1024;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const dist = `${root}dist`;
const files = await readdir(dist);
const pages = { 'index.html': 'index.html', 'zh-Hant/index.html': 'zh-Hant/index.html', 'en/index.html': 'en/index.html' };

/** Brotli size of every asset a reader downloads: each edition's page, the loader, and each
 * edition's glue and wasm (the ones its page names), and what each edition's reader
 * downloads once live: its page, the loader, its glue and its wasm. */
const sizes = {};
for (const page of Object.keys(pages)) sizes[page] = brotli(await readFile(`${dist}/${page}`));
sizes['loader.js'] = brotli(await readFile(`${dist}/${files.find((f) => /^loader-[0-9a-f]+\.js$/.test(f))}`));
for (const page of Object.keys(pages)) {
  const bytes = await liveBytes(dist, page);
  Object.assign(sizes, { [`glue ${page}`]: bytes.glue, [`wasm ${page}`]: bytes.wasm, [`live ${page}`]: bytes.live });
}
const baselineFile = `${root}tests/budgets.json`;
const baseline = JSON.parse(await readFile(baselineFile, 'utf8').catch(() => '{}'));
if (process.env.UPDATE_BUDGETS) await writeFile(baselineFile, `${JSON.stringify(sizes, null, 2)}\n`);

/** What grew since the committed sizes, for a failing budget's message. */
function grown(assets) {
  return assets.map((a) => `${a}: ${sizes[a]} B (${sizes[a] - (baseline[a] ?? 0) >= 0 ? '+' : ''}${sizes[a] - (baseline[a] ?? 0)} B since tests/budgets.json)`).join('; ');
}

for (const page of Object.keys(pages)) {
  test(`${page}: the whole prerendered page ≤ 60 KB`, once, () => {
    assert.ok(sizes[page] <= 60 * KB, grown([page]));
  });

  test(`${page}: head, CSS, hero and opening paragraph arrive in the first round trip (≤ 14 KB)`, once, async () => {
    const html = await readFile(`${dist}/${page}`, 'utf8');
    const opening = html.indexOf('class="prose__p"');
    assert.ok(opening > 0, 'the page has an opening paragraph');
    const prefix = html.slice(0, html.indexOf('</p>', opening) + 4);
    // Render-blocking CSS that is not inlined would count too: there is none.
    assert.equal((html.match(/<link[^>]+rel="?stylesheet/g) ?? []).length, 0, 'no external stylesheet');
    const bytes = brotli(Buffer.from(prefix));
    assert.ok(bytes <= 14 * KB, `first screen ${bytes} B brotli; ${grown([page])}`);
  });
}

// The first view is what a reader downloads before doing anything: the page (CSS and head
// script inlined) and the loader, which waits for the reader's first move before it fetches
// the glue and the wasm (tests/e2e/loading.test.mjs shows it does).
const firstView = sizes['index.html'] + sizes['loader.js'];
test(`first view (page and loader) ≤ 100 KB: ${(firstView / KB).toFixed(1)} KB`, once, () => {
  assert.ok(firstView <= 100 * KB, grown(['index.html', 'loader.js']));
});

// Once the reader reads on, the glue and the wasm follow. What a reader of each edition
// downloads in all may not grow past what tests/budgets.json last recorded (plus 1 KB of
// slack), so nothing slips in unnoticed, and never past 133 KB (Yew's own floor is 60 KB
// of it: tests/bench/yew-floor).
const LIVE_CEILING = 133 * KB;
for (const page of Object.keys(pages)) {
  const live = `live ${page}`;
  test(`${page}: the whole story once live (page, loader, glue, wasm) does not grow: ${(sizes[live] / KB).toFixed(1)} KB`, once, () => {
    const parts = grown([live, page, 'loader.js', `glue ${page}`, `wasm ${page}`]);
    assert.ok(sizes[live] <= (baseline[live] ?? Infinity) + KB, parts);
    assert.ok(sizes[live] <= LIVE_CEILING, `${(sizes[live] / KB).toFixed(1)} KB is over the ceiling of 133 KB: ${parts}`);
  });
}
