// End to end: the release build, served on loopback, read in headless Chromium at
// phone and desktop sizes. Fails on any console error or failed request.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { launch, VIEWPORTS, watchedPage } from './browser.mjs';
import { serve } from './serve.mjs';
import { StoryPage } from './story.page.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const story = JSON.parse(await readFile(`${root}data/story.zh-Hans.json`, 'utf8'));

/** Every paragraph of the article as the data holds it. */
function articleParagraphs() {
  const blocks = [...story.intro, ...story.chapters.flatMap((c) => c.blocks), ...story.outro];
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.type === 'quote' ? [...b.quotes, b.after] : []));
}

let server;
let browser;
before(async () => {
  await mkdir(new URL('./artifacts/', import.meta.url), { recursive: true });
  server = await serve(`${root}dist`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

for (const [name, options] of Object.entries(VIEWPORTS)) {
  describe(`the story on a ${name} (${options.viewport.width}×${options.viewport.height})`, () => {
    test('shows the whole article from data/, with chapters, charts and the editor’s note', async () => {
      const { context, page, problems } = await watchedPage(browser, options);
      const storyPage = new StoryPage(page, server.url);
      await storyPage.open();

      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
      assert.equal(await storyPage.chapters.count(), story.chapters.length);
      for (const chapter of story.chapters) {
        assert.equal(await storyPage.chapter(chapter.id).getAttribute('id'), chapter.id);
      }
      const text = await storyPage.text();
      const missing = articleParagraphs().filter((p) => !text.replace(/\s+/g, '').includes(p.replace(/\s+/g, '')));
      assert.deepEqual(missing, [], 'every paragraph of the article is on the page');
      assert.ok(text.includes(story.meta.title.text), 'the headline is shown');
      assert.ok(text.includes(story.meta.byline), 'the byline is shown');
      assert.equal(await storyPage.charts.count(), story.chapters.flatMap((c) => c.blocks).filter((b) => b.type === 'chart' || b.type === 'scrolly').length);
      assert.equal(await storyPage.repairs.count(), 6, 'the editor’s note lists the six repairs');

      assert.equal(await storyPage.hasHorizontalScroll(), false, 'no sideways scrolling');
      await storyPage.screenshot(`story-${name}`);
      assert.deepEqual(problems, [], 'no console errors or failed requests');
      await context.close();
    });
  });
}

test('stays inside a 320-px-wide screen', async () => {
  const { context, page, problems } = await watchedPage(browser, { viewport: { width: 320, height: 640 } });
  const storyPage = new StoryPage(page, server.url);
  await storyPage.open();
  assert.equal(await storyPage.hasHorizontalScroll(), false);
  const smallest = await page.evaluate(() =>
    Math.min(...[...document.querySelectorAll('body *')]
      .filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden'))
      .map((e) => parseFloat(getComputedStyle(e).fontSize) * (e.closest("svg") ? e.closest("svg").getBoundingClientRect().width / e.closest("svg").viewBox.baseVal.width : 1))),
  );
  assert.ok(smallest >= 12, `no visible text under 12 px (smallest: ${smallest}px)`);
  await storyPage.screenshot('story-320');
  assert.deepEqual(problems, []);
  await context.close();
});
