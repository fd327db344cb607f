// Soak: the story scrolled top to bottom and back 50 times, resized and rotated 20 times,
// its colour scheme switched, then an edition switched: no console error, and no growth of
// DOM nodes, event listeners, observers or JS heap after the first pass (Chrome DevTools
// Protocol metrics, after a forced garbage collection; observers counted by
// preludes/count-observers.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { DEVICES, unless } from './engines/index.mjs';
import { storyFixture } from './fixture.mjs';
import { readOn, StoryPage } from './story.page.mjs';

const run = storyFixture();
const PORTRAIT = { width: 390, height: 844 };
const LANDSCAPE = { width: 844, height: 390 };

const frame = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));

async function scrollDownAndUp(page) {
  const stops = 9;
  for (const k of [...Array(stops).keys(), ...[...Array(stops).keys()].reverse()]) {
    await page.evaluate((f) => scrollTo({ top: f * (document.documentElement.scrollHeight - innerHeight), behavior: 'instant' }), k / (stops - 1));
    await frame(page);
  }
}

async function measure(page, cdp) {
  // Let the last scroll's state settle (the engine measures a frame later, Yew renders after).
  for (let i = 0; i < 5; i += 1) await frame(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await frame(page);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    nodes: value('Nodes'),
    listeners: value('JSEventListeners'),
    heap: value('JSHeapUsedSize'),
    observers: await page.evaluate(() => window.__observers),
  };
}

test('50 scrolls, 20 rotations, colour schemes, an edition: nothing grows, nothing fails',
  unless('cdp', 'the counts of nodes, listeners and heap come from the DevTools Protocol'), async () => {
  const page = await run.browser.open(DEVICES.phone, { preludes: ['count-observers'] });
  const cdp = await page.driver.cdp();
  await cdp.send('Performance.enable');
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.open();
  // Every island hydrated.
  await page.locator('html[data-story-live]').waitFor({ state: 'attached' });
  // …and every chart has its CSV link (added once the chart runs in the browser).
  await page.waitForFunction(() => document.querySelectorAll('figure[data-chart]').length
    === document.querySelectorAll('figure[data-chart] a[download]').length);

  await scrollDownAndUp(page);
  const first = await measure(page, cdp);
  for (let pass = 1; pass < 50; pass += 1) await scrollDownAndUp(page);
  for (let turn = 0; turn < 20; turn += 1) {
    await page.setViewportSize(turn % 2 ? PORTRAIT : LANDSCAPE);
    await frame(page);
    await frame(page);
  }
  for (const colorScheme of ['dark', 'light', 'dark', 'light']) {
    await page.driver.emulateColorScheme(colorScheme);
    await frame(page);
  }
  await scrollDownAndUp(page);
  const last = await measure(page, cdp);
  console.log(`soak: first pass ${JSON.stringify(first)}; after ${JSON.stringify(last)}`);

  // Which states are shown at the top can differ by a few nodes (±8 seen: a label, a list);
  // a leak over 49 more passes would add hundreds.
  assert.ok(last.nodes <= first.nodes * 1.01, `DOM nodes ${first.nodes} → ${last.nodes}`);
  assert.ok(last.listeners <= first.listeners, `event listeners ${first.listeners} → ${last.listeners}`);
  assert.equal(last.observers, first.observers, 'observers alive');
  assert.ok(last.heap <= first.heap * 1.1 + 256 * 1024, `JS heap ${first.heap} → ${last.heap}`);

  // An edition switched and back: the pages load clean.
  await page.getByTestId('edition-switch').locator('a[data-edition="en"]').click();
  await page.waitForURL((url) => url.pathname === '/en/');
  await page.getByTestId('edition-switch').locator('a[data-edition="zh-Hans"]').click();
  await page.waitForURL((url) => url.pathname === '/');
  await readOn(page);
  await page.waitForFunction(() => document.querySelectorAll('[data-scrolly][data-mode="sticky"]').length === 3);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
