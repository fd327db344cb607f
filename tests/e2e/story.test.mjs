// End to end: the release build, served on loopback, read in headless Chromium at
// phone and desktop sizes. Fails on any console error or failed request.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, watchedPage } from './browser.mjs';
import { articleTexts, artifact, story, storyFixture } from './fixture.mjs';
import { StoryPage } from './story.page.mjs';

const run = storyFixture();

for (const [name, options] of Object.entries(VIEWPORTS)) {
  describe(`the story on a ${name} (${options.viewport.width}×${options.viewport.height})`, () => {
    test('shows the whole article from data/, with chapters, charts and the editor’s note', async () => {
      const { context, page, problems } = await watchedPage(run.browser, options);
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
      assert.ok(text.includes(story.meta.title.text), 'the headline is shown');
      assert.ok(text.includes(story.meta.byline), 'the byline is shown');
      assert.equal(await storyPage.charts.count(), story.chapters.flatMap((c) => c.blocks).filter((b) => b.type === 'chart' || b.type === 'scrolly').length);
      assert.equal(await storyPage.repairs.count(), 6, 'the editor’s note lists the six repairs');

      assert.equal(await storyPage.hasHorizontalScroll(), false, 'no sideways scrolling');
      await page.screenshot({ path: artifact(`story-${name}.png`), fullPage: true });
      assert.deepEqual(problems, [], 'no console errors or failed requests');
      await context.close();
    });
  });
}

test('stays inside a 320-px-wide screen', async () => {
  const { context, page, problems } = await watchedPage(run.browser, { viewport: { width: 320, height: 640 } });
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.open();
  assert.equal(await storyPage.hasHorizontalScroll(), false);
  const smallest = await page.evaluate(() =>
    Math.min(...[...document.querySelectorAll('body *')]
      .filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden'))
      .map((e) => parseFloat(getComputedStyle(e).fontSize) * (e.closest("svg") ? e.closest("svg").getBoundingClientRect().width / e.closest("svg").viewBox.baseVal.width : 1))),
  );
  assert.ok(smallest >= 12, `no visible text under 12 px (smallest: ${smallest}px)`);
  await page.screenshot({ path: artifact('story-320.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
