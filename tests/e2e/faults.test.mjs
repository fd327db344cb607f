// The fault matrix: whatever goes wrong on the way to a reader, the article stays whole
// and readable, nothing shown is broken, and the console holds at most the one expected
// error (warnings from our loader are expected and named). Faults are made by the test
// server and by preludes (tests/e2e/serve.mjs), so every engine meets the same ones.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEVICES } from './engines/index.mjs';
import { articleTexts, figures, root, storyFixture } from './fixture.mjs';
import { releaseDelays, serveAsDeployed } from './serve.mjs';
import { readOn, StoryPage } from './story.page.mjs';

const run = storyFixture();
const WASM = /\.wasm$/;
const interactiveRequests = (page) => page.requests().filter((url) => /(\.wasm|\/pingdu-story-[0-9a-z-]+\.js)$/.test(url));

/** The article is all there, every chart drawn, nothing wider than the screen. */
async function assertReadable(page) {
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.hero.waitFor();
  const text = (await storyPage.text()).replace(/\s+/g, '');
  assert.deepEqual(articleTexts().filter((p) => !text.includes(p.replace(/\s+/g, ''))), [], 'every paragraph');
  assert.equal(await page.locator('figure[data-chart] svg[role="img"]').count(), figures.charts.length, 'every chart');
  assert.equal(await storyPage.hasHorizontalScroll(), false, 'no sideways scrolling');
}

/** Console and page errors only (failed requests are listed apart). */
const consoleErrors = (problems) => problems.filter((p) => p.startsWith('console error') || p.startsWith('page error'));

/**
 * Opens the story with `preludes` and `faults` and waits until the loader has given up: at
 * once when the browser cannot run the wasm (`readsOn: false`), else after the reader's
 * first move, which is when the wasm is fetched.
 */
async function openStatic({ preludes = [], faults = [], url = run.server.url, readsOn = true } = {}) {
  const page = await run.browser.open(DEVICES.phone, { preludes, faults });
  await page.goto(url);
  if (readsOn) await readOn(page);
  await page.locator('html[data-story-static]').waitFor({ state: 'attached' });
  return page;
}

/** The story's console warnings, once there is one: the head script marks the page static
 * before its first paint, and the loader, added after that paint, says why a moment later. */
async function loaderWarnings(page, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const warnings = (await page.warnings()).filter((w) => w.startsWith('平度 story'));
    if (warnings.length > 0 || Date.now() > end) return warnings;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function assertStatic(page, reason) {
  await assertReadable(page);
  assert.equal(await page.locator('[data-scrolly][data-mode="linear"]').count(), 3, 'sequences read linearly');
  const sticky = await page.locator('.scrolly__graphic').evaluateAll((els) => els.map((el) => getComputedStyle(el).position));
  assert.ok(sticky.every((p) => p !== 'sticky'), 'no graphic held in place without an engine');
  const warnings = await loaderWarnings(page);
  assert.equal(warnings.length, 1, `one warning from the loader: ${warnings.join(' | ')}`);
  assert.match(warnings[0], reason);
}

describe('the interactive layer cannot run', () => {
  test('WebAssembly removed before load (as iOS Lockdown Mode does)', async () => {
    const page = await openStatic({ preludes: ['no-webassembly'], readsOn: false });
    await assertStatic(page, /runs no WebAssembly/);
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('an engine without the wasm features the build needs', async () => {
    const page = await openStatic({ preludes: ['wasm-without-reference-types'], readsOn: false });
    await assertStatic(page, /lacks features/);
    assert.deepEqual(await page.problems(), []);
    assert.deepEqual(interactiveRequests(page), [], 'the wasm is not even fetched');
    await page.close();
  });

  test('the wasm answers 404', async () => {
    const page = await openStatic({ faults: [{ match: WASM, fault: '404' }] });
    await assertStatic(page, /did not load/);
    const errors = consoleErrors(await page.problems());
    assert.ok(errors.length <= 1, errors.join(' | '));
    await page.close();
  });

  test('the wasm arrives truncated', async () => {
    const page = await openStatic({ faults: [{ match: WASM, fault: 'truncate' }] });
    await assertStatic(page, /did not load/);
    assert.deepEqual(consoleErrors(await page.problems()), []);
    await page.close();
  });

  test('the connection drops while the wasm comes', async () => {
    const page = await openStatic({ faults: [{ match: WASM, fault: 'drop' }] });
    await assertStatic(page, /did not load/);
    const errors = consoleErrors(await page.problems());
    assert.ok(errors.length <= 1, `at most the failed request: ${errors.join(' | ')}`);
    await page.close();
  });

  test('our page’s CSP lacks \'wasm-unsafe-eval\'', async () => {
    const strict = await serveAsDeployed(`${root}dist`);
    const policy = strict.rules[0].headers;
    policy['content-security-policy'] = policy['content-security-policy'].replace(" 'wasm-unsafe-eval'", '');
    const page = await openStatic({ url: strict.url });
    await assertStatic(page, /did not load/);
    const errors = consoleErrors(await page.problems());
    assert.ok(errors.length <= 1, `at most the CSP's refusal: ${errors.join(' | ')}`);
    await page.close();
    strict.close();
  });
});

// Android's WeChat (XWeb) and X5/TBS builds report Chromium as old as 37: an engine that
// lacks anything the live layer uses gets the static layout from the first paint (the head
// script checks), never a sticky graphic with no engine to drive it.
describe('an older in-app browser', () => {
  const lacking = {
    'no-intersection-observer': /lacks IntersectionObserver/,
    'no-resize-observer': /lacks ResizeObserver/,
    'no-sticky': /position: sticky/,
    'no-webassembly': /runs no WebAssembly/,
    'wasm-without-reference-types': /lacks features/,
  };
  for (const [prelude, reason] of Object.entries(lacking)) {
    test(`${prelude}: linear from the first paint, nothing fetched, one warning`, async () => {
      const page = await openStatic({ preludes: [prelude, 'layout-at-parse'], readsOn: false });
      await assertStatic(page, reason);
      assert.equal(await page.evaluate(() => window.__layoutAtParse), 'linear', 'linear when the document was parsed');
      assert.deepEqual(interactiveRequests(page), [], 'neither glue nor wasm fetched');
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  }
});

describe('the interactive layer arrives late or oddly', () => {
  test('the wasm served with the wrong MIME type still starts (the loader compiles its bytes, whatever their type)', async () => {
    const page = await run.browser.open(DEVICES.phone, { faults: [{ match: WASM, fault: 'text-plain' }] });
    await page.goto(run.server.url);
    await readOn(page);
    await page.locator('[data-scrolly][data-mode="sticky"]').first().waitFor({ state: 'attached' });
    await assertReadable(page);
    assert.deepEqual(consoleErrors(await page.problems()), []);
    await page.close();
  });

  test('the wasm delayed 10 s: readable meanwhile, interactive after', async () => {
    const page = await run.browser.open(DEVICES.phone, { faults: [{ match: WASM, fault: { delay: 10_000 } }] });
    await page.goto(run.server.url);
    await readOn(page);
    const started = Date.now();
    await assertReadable(page);
    assert.equal(await page.locator('[data-scrolly][data-mode="sticky"]').count(), 0, 'not yet interactive');
    await page.locator('[data-scrolly][data-mode="sticky"]').first().waitFor({ state: 'attached', timeout: 20_000 });
    assert.ok(Date.now() - started >= 9_000, 'it did wait');
    await assertReadable(page);
    assert.deepEqual(await page.problems(), []);
    releaseDelays();
    await page.close();
  });

  test('fonts missing: the layout holds', async () => {
    const page = await run.browser.open(DEVICES.phone, { preludes: ['no-fonts'] });
    await page.goto(run.server.url);
    await readOn(page);
    await page.locator('[data-scrolly][data-mode="sticky"]').first().waitFor({ state: 'attached' });
    await assertReadable(page);
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});

test('hostile query strings and hash are ignored safely', async () => {
  const page = await run.browser.open(DEVICES.phone, { preludes: ['alert-trap'] });
  const query = new URLSearchParams({
    theme: '<script>alert(1)</script>',
    accent: 'javascript:alert(2)',
    lang: '<img src=x onerror=alert(3)>',
    embed: '"><img src=x onerror=alert(4)>',
  });
  await page.goto(`${run.server.url}/?${query}#<img src=x onerror=alert(5)>`);
  await readOn(page);
  await page.locator('[data-scrolly][data-mode="sticky"]').first().waitFor({ state: 'attached' });
  await assertReadable(page);
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    images: document.querySelectorAll('img').length,
    theme: document.documentElement.dataset.theme ?? null,
    embed: document.documentElement.hasAttribute('data-embed'),
    accent: getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim(),
    path: location.pathname,
  }));
  assert.deepEqual(state, { pwned: [], images: 0, theme: null, embed: false, accent: '#b3261e', path: '/' });
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
