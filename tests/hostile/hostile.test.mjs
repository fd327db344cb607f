// The page built from hostile data (tests/hostile/make-data.mjs; tools/test.sh builds it
// into target/hostile/dist): every payload shows as inert text, nothing executes (a trap
// records any attempt), no markup of the data becomes an element, and the layout holds
// at 320 px, in every edition, under the page's own CSP.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { DEVICES, engine, startBrowser } from '../e2e/engines/index.mjs';
import { serveAsDeployed } from '../e2e/serve.mjs';
import { readOn } from '../e2e/story.page.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}target/hostile/dist`;
const run = {};

before(async () => {
  run.server = await serveAsDeployed(dist);
  run.browser = await startBrowser();
});
after(async () => {
  await run.browser?.close();
  run.server?.close();
});

// WebKit's window here is never narrower than 334 px: it reads the page at that width.
const device = engine.can.width320 ? DEVICES.narrow : { ...DEVICES.narrow, width: 334 };

for (const path of ['/', '/zh-Hant/', '/en/']) {
  test(`${path}: hostile text stays text, and the page still works at ${device.width} px`, async () => {
    const page = await run.browser.open(device, { preludes: ['alert-trap'] });
    await page.goto(`${run.server.url}${path}`);
    await readOn(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-scrolly][data-mode="sticky"]').length === 3);
    // Read it all: open every table, scroll to the end and back, pick a tier.
    await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    for (const top of [0.25, 0.5, 0.75, 1, 0]) {
      await page.evaluate((f) => scrollTo({ top: f * document.documentElement.scrollHeight, behavior: 'instant' }), top);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
    }
    await page.locator('.tier-picker button').first().click();
    const found = await page.evaluate(() => ({
      pwned: window.__pwned,
      images: document.querySelectorAll('img').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      scriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
      scripts: [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json').length,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      shown: document.body.innerText.includes('window.__pwned.push'),
    }));
    assert.deepEqual(found, { pwned: [], images: 0, handlers: 0, scriptLinks: 0, scripts: 1, sideways: 0, shown: true },
      'one inline script (ours, hashed); the payloads are on the page as text');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
}
