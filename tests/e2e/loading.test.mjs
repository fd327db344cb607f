// When the interactive layer comes. The first view is the prerendered page and the small
// loader; the wasm and its glue come with the reader's first move (a scroll, a touch, a
// key), or at once when a part with behaviour is already on screen: a link into the
// middle of the story, a tall screen. (In a portal's frame it comes at once: embed tests.)
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, watchedPage } from './browser.mjs';
import { story, storyFixture } from './fixture.mjs';
import { readOn, Scrolly, StoryPage } from './story.page.mjs';

const run = storyFixture();

/** The interactive layer's requests among `urls`: the glue and the wasm. */
const interactive = (urls) => urls.filter((url) => /(\.wasm|\/pingdu-story-[0-9a-f]+\.js)$/.test(url));

/** Opens `path` as it comes, with no move of the reader's, recording every request. */
async function open(options, path = '/') {
  const watched = await watchedPage(run.browser, options);
  const requests = [];
  watched.page.on('request', (request) => requests.push(request.url()));
  await new StoryPage(watched.page, run.server.url).open(path, { readOn: false });
  return { ...watched, requests };
}

/** Two frames and then an idle period: by then anything the page meant to start has started. */
const settle = (page) => page.evaluate(() => new Promise((resolve) => {
  requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}));

const live = (page) => page.locator('html[data-story-live]').waitFor({ state: 'attached' });

test('a reader who reads only the first screen downloads no wasm, and reads it whole', async () => {
  const { context, page, problems, requests } = await open(VIEWPORTS.phone);
  await page.locator('html[data-story-waiting]').waitFor({ state: 'attached' });
  await page.waitForLoadState('load');
  await settle(page);
  assert.deepEqual(interactive(requests), [], 'neither glue nor wasm requested');
  assert.ok(await page.getByTestId('hero').isVisible());
  assert.equal(await page.locator('html[data-story-live], html[data-story-static]').count(), 0, 'neither live nor given up');
  assert.deepEqual(problems, []);
  await context.close();
});

const moves = {
  'a scroll': (page) => page.evaluate(() => scrollBy(0, 400)),
  'a touch': (page) => page.touchscreen.tap(200, 400),
  'a key': (page) => page.keyboard.press('Tab'),
};
for (const [move, make] of Object.entries(moves)) {
  test(`${move} starts the interactive layer, fetched once`, async () => {
    const { context, page, problems, requests } = await open(VIEWPORTS.phone);
    await page.locator('html[data-story-waiting]').waitFor({ state: 'attached' });
    await make(page);
    await live(page);
    assert.equal(interactive(requests).filter((url) => url.endsWith('.wasm')).length, 1, 'the wasm, once');
    assert.equal(await page.locator('html[data-story-waiting]').count(), 0, 'no longer waiting');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a link into a sequence starts it at once, at the linked step, without a move', async () => {
  const sequence = story.chapters.flatMap((c) => c.blocks).find((b) => b.type === 'scrolly');
  const { context, page, problems } = await open(VIEWPORTS.phone, `/#${sequence.id}-2`);
  await live(page);
  await new Scrolly(page, sequence.id).waitForStep(1, sequence.steps[1].state);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a screen tall enough to show a chart at once starts at once', async () => {
  const { context, page, problems } = await open({ viewport: { width: 1280, height: 1600 } });
  await live(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the helper the other tests use is a real first move', async () => {
  const { context, page, requests } = await open(VIEWPORTS.desktop);
  await readOn(page);
  await live(page);
  assert.equal(interactive(requests).length, 2, 'glue and wasm');
  await context.close();
});
