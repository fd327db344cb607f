// When the interactive layer comes. The first view is the prerendered page and the small
// loader; the wasm and its glue come with the reader's first move (a scroll, a touch, a
// key), or at once when a part with behaviour is already on screen: a link into the
// middle of the story, a tall screen. (In a portal's frame it comes at once: embed tests.)
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { DEVICES, unless } from './engines/index.mjs';
import { story, storyFixture } from './fixture.mjs';
import { readOn, Scrolly, StoryPage } from './story.page.mjs';

const run = storyFixture();

/** The interactive layer's requests among `urls`: the glue and the wasm. */
const interactive = (urls) => urls.filter((url) => /(\.wasm|\/pingdu-story-[0-9a-z-]+\.js)$/.test(url));

/** Opens `path` as it comes, with no move of the reader's. */
async function open(device, path = '/') {
  const page = await run.browser.open(device);
  await new StoryPage(page, run.server.url).open(path, { readOn: false });
  return page;
}

/** The page loaded, two frames and a pause: by then anything it meant to start has started. */
const settle = (page) => page.evaluate(() => new Promise((resolve) => {
  const idle = window.requestIdleCallback ?? ((then) => setTimeout(then, 200));
  const afterLoad = () => requestAnimationFrame(() => requestAnimationFrame(() => idle(() => resolve(), { timeout: 2000 })));
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad);
}));

const live = (page) => page.locator('html[data-story-live]').waitFor({ state: 'attached' });

test('a reader who reads only the first screen downloads no wasm, and reads it whole', async () => {
  const page = await open(DEVICES.phone);
  await page.locator('html[data-story-waiting]').waitFor({ state: 'attached' });
  await settle(page);
  assert.deepEqual(interactive(page.requests()), [], 'neither glue nor wasm requested');
  assert.ok(await page.getByTestId('hero').isVisible());
  assert.equal(await page.locator('html[data-story-live], html[data-story-static]').count(), 0, 'neither live nor given up');
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

/** @type {Record<string, [import('node:test').TestOptions, (page: any) => Promise<unknown>]>} */
const moves = {
  'a scroll': [{}, (page) => page.evaluate(() => scrollBy(0, 400))],
  'a touch': [unless('touch', 'no touch emulation in this driver'), (page) => page.driver.tap(200, 400)],
  'a key': [{}, (page) => page.keyboard.press('Tab')],
};
for (const [move, [options, make]] of Object.entries(moves)) {
  test(`${move} starts the interactive layer, fetched once`, options, async () => {
    const page = await open(DEVICES.phone);
    await page.locator('html[data-story-waiting]').waitFor({ state: 'attached' });
    await make(page);
    await live(page);
    assert.equal(interactive(page.requests()).filter((url) => url.endsWith('.wasm')).length, 1, 'the wasm, once');
    assert.equal(await page.locator('html[data-story-waiting]').count(), 0, 'no longer waiting');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
}

test('a link into a sequence starts it at once, at the linked step, without a move', async () => {
  const sequence = story.chapters.flatMap((c) => c.blocks).find((b) => b.type === 'scrolly');
  const page = await open(DEVICES.phone, `/#${sequence.id}-2`);
  await live(page);
  await new Scrolly(page, sequence.id).waitForStep(1, sequence.steps[1].state);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('a screen tall enough to show a chart at once starts at once', async () => {
  const page = await open({ width: 1280, height: 1600 });
  await live(page);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('the helper the other tests use is a real first move', async () => {
  const page = await open(DEVICES.desktop);
  await readOn(page);
  await live(page);
  assert.equal(interactive(page.requests()).length, 2, 'glue and wasm');
  await page.close();
});
