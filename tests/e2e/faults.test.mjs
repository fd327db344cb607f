// The fault matrix: whatever goes wrong on the way to a reader, the article stays whole
// and readable, nothing shown is broken, and the console holds at most the one expected
// error (warnings from our loader are expected and named).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { VIEWPORTS, watchedPage } from './browser.mjs';
import { articleTexts, figures, root, storyFixture } from './fixture.mjs';
import { parseHeaders, serve } from './serve.mjs';
import { readOn, StoryPage } from './story.page.mjs';

const run = storyFixture();

/** The article is all there, every chart drawn, nothing wider than the screen. */
async function assertReadable(page) {
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.hero.waitFor();
  const text = (await storyPage.text()).replace(/\s+/g, '');
  assert.deepEqual(articleTexts().filter((p) => !text.includes(p.replace(/\s+/g, ''))), [], 'every paragraph');
  assert.equal(await page.locator('figure[data-chart] svg[role="img"]').count(), figures.charts.length, 'every chart');
  assert.equal(await storyPage.hasHorizontalScroll(), false, 'no sideways scrolling');
}

/** Console errors only (failed requests are listed apart by watchedPage). */
const consoleErrors = (problems) => problems.filter((p) => p.startsWith('console error') || p.startsWith('page error'));

/**
 * Opens the story with `prepare` applied and waits until the loader has given up: at once
 * when the browser cannot run the wasm (`readsOn: false`), else after the reader's first
 * move, which is when the wasm is fetched.
 */
async function openStatic(prepare, { options = VIEWPORTS.phone, url = run.server.url, readsOn = true } = {}) {
  const watched = await watchedPage(run.browser, options);
  const warnings = [];
  watched.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await prepare(watched.page);
  await watched.page.goto(url);
  if (readsOn) await readOn(watched.page);
  await watched.page.waitForSelector('html[data-story-static]', { state: 'attached' });
  return { ...watched, warnings };
}

async function assertStatic(page, warnings, reason) {
  await assertReadable(page);
  assert.equal(await page.locator('[data-scrolly][data-mode="linear"]').count(), 3, 'sequences read linearly');
  const sticky = await page.locator('.scrolly__graphic').evaluateAll((els) => els.map((el) => getComputedStyle(el).position));
  assert.ok(sticky.every((p) => p !== 'sticky'), 'no graphic held in place without an engine');
  assert.equal(warnings.filter((w) => w.startsWith('平度 story')).length, 1, 'one warning from the loader');
  assert.match(warnings.find((w) => w.startsWith('平度 story')), reason);
}

describe('the interactive layer cannot run', () => {
  test('WebAssembly removed before load (as iOS Lockdown Mode does)', async () => {
    const { context, page, problems, warnings } = await openStatic((page) =>
      page.addInitScript(() => { delete window.WebAssembly; }), { readsOn: false });
    await assertStatic(page, warnings, /runs no WebAssembly/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an engine without the wasm features the build needs', async () => {
    const { context, page, problems, warnings } = await openStatic((page) => page.addInitScript(() => {
      const validate = WebAssembly.validate;
      // An engine without reference types: the feature probe (ref.null extern) fails to validate.
      WebAssembly.validate = (bytes) => !Array.from(new Uint8Array(bytes)).join().includes('208,111') && validate(bytes);
    }), { readsOn: false });
    await assertStatic(page, warnings, /lacks features/);
    assert.deepEqual(problems, []);
    assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('.wasm'))), false,
      'the wasm is not even fetched');
    await context.close();
  });

  test('the wasm answers 404', async () => {
    const { context, page, problems, warnings } = await openStatic((page) =>
      page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' })));
    await assertStatic(page, warnings, /did not load/);
    assert.ok(consoleErrors(problems).length <= 1, consoleErrors(problems).join(' | '));
    await context.close();
  });

  test('the wasm arrives truncated', async () => {
    const { context, page, problems, warnings } = await openStatic((page) => page.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      await route.fulfill({ response, body: body.subarray(0, body.length >> 1) });
    }));
    await assertStatic(page, warnings, /did not load/);
    assert.deepEqual(consoleErrors(problems), []);
    await context.close();
  });

  test('our page’s CSP lacks \'wasm-unsafe-eval\'', async () => {
    const rules = parseHeaders(await readFile(`${root}dist/_headers`, 'utf8'));
    const policy = rules[0].headers['content-security-policy'].replace(" 'wasm-unsafe-eval'", '');
    const strict = await serve(`${root}dist`, 0, { headers: { 'content-security-policy': policy } });
    const { context, page, problems, warnings } = await openStatic(async () => {}, { url: strict.url });
    await assertStatic(page, warnings, /did not load/);
    assert.ok(consoleErrors(problems).length <= 1, `at most the CSP's refusal: ${consoleErrors(problems).join(' | ')}`);
    await context.close();
    strict.close();
  });
});

describe('the interactive layer arrives late or oddly', () => {
  test('the wasm served with the wrong MIME type still starts (the loader compiles its bytes, whatever their type)', async () => {
    const { context, page, problems } = await watchedPage(run.browser, VIEWPORTS.phone);
    await page.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/plain' } });
    });
    await page.goto(run.server.url);
    await readOn(page);
    await page.locator('[data-scrolly][data-mode="sticky"]').first().waitFor();
    await assertReadable(page);
    assert.deepEqual(consoleErrors(problems), []);
    await context.close();
  });

  test('the wasm delayed 10 s: readable meanwhile, interactive after', async () => {
    const { context, page, problems } = await watchedPage(run.browser, VIEWPORTS.phone);
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => {
      await Promise.race([released, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      await route.continue();
    });
    await page.goto(run.server.url);
    await readOn(page);
    const started = Date.now();
    await assertReadable(page);
    assert.equal(await page.locator('[data-scrolly][data-mode="sticky"]').count(), 0, 'not yet interactive');
    await page.locator('[data-scrolly][data-mode="sticky"]').first().waitFor({ timeout: 20_000 });
    assert.ok(Date.now() - started >= 9_000, 'it did wait');
    await assertReadable(page);
    assert.deepEqual(problems, []);
    release();
    await context.close();
  });

  test('fonts missing: the layout holds at 320 px', async () => {
    const { context, page, problems } = await watchedPage(run.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(run.server.url);
    await page.addStyleTag({ content: '*, svg text { font-family: "No Such Font" !important; }' });
    await readOn(page);
    await page.locator('[data-scrolly][data-mode="sticky"]').first().waitFor();
    await assertReadable(page);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test('hostile query strings and hash are ignored safely', async () => {
  const { context, page, problems } = await watchedPage(run.browser, VIEWPORTS.phone);
  await page.addInitScript(() => {
    window.__pwned = [];
    window.alert = (m) => window.__pwned.push(String(m));
  });
  const query = new URLSearchParams({
    theme: '<script>alert(1)</script>',
    accent: 'javascript:alert(2)',
    lang: '<img src=x onerror=alert(3)>',
    embed: '"><img src=x onerror=alert(4)>',
  });
  await page.goto(`${run.server.url}/?${query}#<img src=x onerror=alert(5)>`);
  await readOn(page);
  await page.locator('[data-scrolly][data-mode="sticky"]').first().waitFor();
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
  assert.deepEqual(problems, []);
  await context.close();
});
