// The prerendered page: readable the moment the HTML arrives, with scripting off, and
// when the wasm never comes; hydrated without warnings when it does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { DEVICES, unless } from './engines/index.mjs';
import { articleTexts, artifact, figures, root, story, storyFixture } from './fixture.mjs';
import { serveAsDeployed } from './serve.mjs';
import { ChartFigure, readOn, Scrolly, StoryPage } from './story.page.mjs';

const html = await readFile(`${root}dist/index.html`, 'utf8');
const run = storyFixture();

test('the built index.html holds every paragraph, every chart drawing and the head', () => {
  const text = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const missing = articleTexts().filter((p) => !text.includes(p));
  assert.deepEqual(missing, [], 'every paragraph is in the HTML');
  for (const chart of figures.charts) {
    assert.match(html, new RegExp(`<figure[^>]*data-chart="${chart.id}"[^>]*>[\\s\\S]*?<svg role="img"`), `${chart.id} drawn`);
  }
  assert.match(html, /<title>平度：项目提速、产业跃升、民生升温<\/title>/);
  for (const tag of ['name="description"', 'rel="canonical"', 'property="og:image"', 'name="twitter:card"', '"@type":"NewsArticle"']) {
    assert.ok(html.includes(tag), `head has ${tag}`);
  }
});

test('with JavaScript off the article reads whole, charts included, and claims nothing interactive',
  unless('scriptingOff', 'WebDriver BiDi cannot evaluate in a page with javascript.enabled off (script.evaluate hangs)'), async () => {
  const page = await run.browser.open({ ...DEVICES.phone, javaScript: false });
  await page.goto(run.server.url);
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.hero.waitFor();
  const text = (await storyPage.text()).replace(/\s+/g, '');
  assert.deepEqual(articleTexts().filter((p) => !text.includes(p.replace(/\s+/g, ''))), []);
  for (const chart of figures.charts) {
    assert.ok(await new ChartFigure(page, chart.id).drawing.isVisible(), `${chart.id} visible`);
  }
  assert.equal(await page.locator('.tier-picker button').first().isVisible(), false, 'no buttons that do nothing');
  assert.equal(await page.getByTestId('reading-progress').isVisible(), false);
  assert.equal(await page.locator('[data-scrolly][data-mode="linear"]').count(), 3, 'sequences read linearly');
  assert.equal(await storyPage.hasHorizontalScroll(), false);
  await page.screenshot({ path: artifact('no-js-phone.png') });
  // With scripting off the browser refuses the preloaded scripts; nothing else may fail.
  assert.deepEqual((await page.problems()).filter((p) => !/\.js csp$/.test(p)), []);
  await page.close();
});

test('when the wasm is blocked the page stays readable and logs one error', async () => {
  const page = await run.browser.open(DEVICES.phone, { faults: [{ match: /\.wasm$/, fault: 'drop' }] });
  await page.goto(run.server.url);
  await readOn(page);
  await page.locator('html[data-story-static]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.readyState === 'complete');
  const storyPage = new StoryPage(page, run.server.url);
  assert.ok(await storyPage.hero.isVisible());
  assert.ok((await storyPage.text()).includes(story.chapters[2].blocks[0].text));
  const pageErrors = (await page.problems()).filter((p) => !p.startsWith('request failed'));
  assert.ok(pageErrors.length <= 1, `at most one error (the failed request), got: ${pageErrors.join(' | ')}`);
  assert.equal(await page.locator('[data-scrolly][data-mode="linear"]').count(), 3, 'nothing claims to be interactive');
  await page.close();
});

test('under the Content-Security-Policy of dist/_headers: no violation, and the story still hydrates', async () => {
  const strict = await serveAsDeployed(`${root}dist`);
  const page = await run.browser.open(DEVICES.phone, { preludes: ['csp-violations'] });
  const storyPage = new StoryPage(page, strict.url);
  await storyPage.open();
  await page.locator('[data-scrolly][data-mode="sticky"]').first().waitFor({ state: 'attached' });
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(await page.problems(), []);
  await page.close();
  strict.close();
});

test('with scripting the page hydrates without warnings and the steps work', async () => {
  const page = await run.browser.open(DEVICES.desktop);
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.open();
  const sequence = story.chapters[0].blocks.find((b) => b.type === 'scrolly');
  const scrolly = new Scrolly(page, sequence.id);
  await scrolly.live();
  await scrolly.scrollTo(1);
  await scrolly.waitForStep(1, sequence.steps[1].state);
  assert.equal(await page.locator('[data-testid="hero"]').count(), 1, 'hydrated in place, not rendered twice');
  assert.deepEqual(await page.warnings(), []);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
