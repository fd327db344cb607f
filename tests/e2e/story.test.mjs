// End to end: the release build, served on loopback, read at phone and desktop sizes in the
// chosen engine. Fails on any console error or failed request.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEVICES, engine, unless } from './engines/index.mjs';
import { articleTexts, artifact, plain, story, storyFixture } from './fixture.mjs';
import { StoryPage } from './story.page.mjs';

const run = storyFixture();

for (const name of ['phone', 'desktop']) {
  const device = DEVICES[name];
  describe(`the story on a ${name} (${device.width}×${device.height}, ${engine.name})`, () => {
    test('shows the whole article from data/, with chapters, charts and the editor’s note', async () => {
      const page = await run.browser.open(device);
      const storyPage = new StoryPage(page, run.server.url);
      await storyPage.open();

      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hans');
      assert.equal(await storyPage.chapters.count(), story.chapters.length);
      for (const chapter of story.chapters) {
        assert.equal(await storyPage.chapter(chapter.id).getAttribute('id'), chapter.id);
      }
      const text = await storyPage.text();
      const missing = articleTexts().filter((p) => !text.replace(/\s+/g, '').includes(p.replace(/\s+/g, '')));
      assert.deepEqual(missing, [], 'every paragraph of the article is on the page');
      assert.ok(text.includes(plain(story.meta.title.text)), 'the headline is shown');
      assert.ok(text.includes(plain(story.meta.byline)), 'the byline is shown');
      assert.equal(await storyPage.charts.count(), story.chapters.flatMap((c) => c.blocks).filter((b) => b.type === 'chart' || b.type === 'scrolly').length);
      assert.equal(await storyPage.repairs.count(), 6, 'the editor’s note lists the six repairs');

      assert.equal(await storyPage.hasHorizontalScroll(), false, 'no sideways scrolling');
      await page.screenshot({ path: artifact(`story-${name}.png`), fullPage: true });
      assert.deepEqual(await page.problems(), [], 'no console errors or failed requests');
      await page.close();
    });
  });
}

test('stays inside a 320-px-wide screen', unless('width320', 'the window cannot be made narrower than 334 px'), async () => {
  const page = await run.browser.open(DEVICES.narrow);
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.open();
  assert.equal(await storyPage.hasHorizontalScroll(), false);
  const smallest = await page.evaluate(() =>
    Math.min(...[...document.querySelectorAll('body *')]
      .filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden') && e.checkVisibility({ visibilityProperty: true }))
      // Text in a drawing is scaled with it, and with its mark: its size on screen.
      .map((e) => parseFloat(getComputedStyle(e).fontSize) * (e instanceof SVGGraphicsElement ? Math.hypot(e.getScreenCTM().a, e.getScreenCTM().b) : 1))),
  );
  assert.ok(smallest >= 12, `no visible text under 12 px (smallest: ${smallest}px)`);
  await page.screenshot({ path: artifact('story-320.png'), fullPage: true });
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
