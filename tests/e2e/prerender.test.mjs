// The prerendered page: readable the moment the HTML arrives, with scripting off, and
// when the wasm never comes; hydrated without warnings when it does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { VIEWPORTS, watchedPage } from './browser.mjs';
import { articleTexts, artifact, figures, root, story, storyFixture } from './fixture.mjs';
import { serve } from './serve.mjs';
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

test('with JavaScript off the article reads whole, charts included, and claims nothing interactive', async () => {
  const { context, page, problems } = await watchedPage(run.browser, { ...VIEWPORTS.phone, javaScriptEnabled: false });
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
  assert.deepEqual(problems.filter((p) => !/\.js csp$/.test(p)), []);
  await context.close();
});

test('when the wasm is blocked the page stays readable and logs one error', async () => {
  const { context, page, problems } = await watchedPage(run.browser, VIEWPORTS.phone);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(run.server.url);
  await readOn(page);
  await page.waitForSelector('html[data-story-static]', { state: 'attached' });
  await page.waitForFunction(() => document.readyState === 'complete');
  const storyPage = new StoryPage(page, run.server.url);
  assert.ok(await storyPage.hero.isVisible());
  assert.ok((await storyPage.text()).includes(story.chapters[2].blocks[0].text));
  const pageErrors = problems.filter((p) => !p.startsWith('request failed'));
  assert.equal(pageErrors.length, 1, `one error (the failed request), got: ${pageErrors.join(' | ')}`);
  assert.equal(await page.locator('[data-scrolly][data-mode="linear"]').count(), 3, 'nothing claims to be interactive');
  await context.close();
});

test('under the Content-Security-Policy of dist/_headers: no violation, and the story still hydrates', async () => {
  const rules = await readFile(`${root}dist/_headers`, 'utf8');
  const csp = rules.match(/Content-Security-Policy: (.*)/)[1];
  const strict = await serve(`${root}dist`, 0, { headers: { 'content-security-policy': csp } });
  const { context, page, problems } = await watchedPage(run.browser, VIEWPORTS.phone);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const storyPage = new StoryPage(page, strict.url);
  await storyPage.open();
  await page.locator('[data-scrolly][data-mode="sticky"]').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
  strict.close();
});

test('with scripting the page hydrates without warnings and the steps work', async () => {
  const { context, page, problems } = await watchedPage(run.browser, VIEWPORTS.desktop);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.open();
  const sequence = story.chapters[0].blocks.find((b) => b.type === 'scrolly');
  const scrolly = new Scrolly(page, sequence.id);
  await scrolly.live();
  await scrolly.scrollTo(1);
  await scrolly.waitForStep(1, sequence.steps[1].state);
  assert.equal(await page.locator('[data-testid="hero"]').count(), 1, 'hydrated in place, not rendered twice');
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await context.close();
});
