// The three editions: switching mid-story keeps the reader's place and changes the text,
// the chart labels and the page's language; the English edition has no untranslated
// Chinese; a link without an edition follows the reader's browser language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { VIEWPORTS, watchedPage } from './browser.mjs';
import { root, story, storyFixture } from './fixture.mjs';
import { Scrolly, StoryPage } from './story.page.mjs';

const run = storyFixture();
const editions = {
  'zh-Hans': story,
  'zh-Hant': JSON.parse(await readFile(`${root}data/story.zh-Hant.json`, 'utf8')),
  en: JSON.parse(await readFile(`${root}data/story.en.json`, 'utf8')),
};
const sequence = (edition) => editions[edition].chapters.flatMap((c) => c.blocks).find((b) => b.type === 'scrolly');

describe('switching edition', () => {
  for (const [from, to, path] of [['zh-Hans', 'en', '/'], ['en', 'zh-Hant', '/en/'], ['zh-Hant', 'zh-Hans', '/zh-Hant/']]) {
    test(`${from} → ${to} in the middle of a sequence keeps the place`, async () => {
      const { context, page, problems } = await watchedPage(run.browser, VIEWPORTS.phone);
      const storyPage = new StoryPage(page, run.server.url);
      await storyPage.open(path);
      assert.equal(await page.evaluate(() => document.documentElement.lang), from);
      const steps = sequence(from);
      const scrolly = new Scrolly(page, steps.id);
      await scrolly.live();
      await scrolly.scrollTo(1);
      await scrolly.waitForStep(1, steps.steps[1].state);
      await page.waitForFunction((hash) => location.hash === hash, `#${steps.id}-2`);

      // The switch in the reading-progress bar: in reach without scrolling away from the place.
      await page.getByTestId('edition-switch-floating').locator(`a[data-edition="${to}"]`).click();
      await page.waitForURL((url) => url.hash === `#${steps.id}-2` && url.searchParams.get('lang') === to);
      assert.equal(await page.evaluate(() => document.documentElement.lang), to, 'the page’s language');
      const there = new Scrolly(page, sequence(to).id);
      await there.live();
      await there.waitForStep(1, sequence(to).steps[1].state);
      assert.equal(await there.step(1).innerText(), sequence(to).steps[1].text, 'the step is in the new language');
      const labels = await there.figure.locator('svg text').allTextContents();
      assert.ok(labels.some((l) => l.includes(editions[to].ui.derived_mark)), `chart labels in ${to}: ${labels.join(' | ')}`);
      assert.equal(await page.getByTestId('hero').locator('h1').innerText(), editions[to].meta.title.text);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

test('the English edition has no untranslated Chinese outside names', async () => {
  const { context, page } = await watchedPage(run.browser, VIEWPORTS.desktop);
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.open('/en/');
  await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true);
    // The editor's note is about characters of the Chinese source: it quotes them. The
    // edition switch names each edition in its own language.
    copy.querySelectorAll('.editor-note, .editions').forEach((n) => n.remove());
    return copy.innerText;
  });
  // Chinese is allowed only as the characters of a name, in brackets after its English form.
  const stray = text.replace(/\((?:[^()]*\p{Script=Han}[^()]*)\)/gu, '').match(/.{0,20}\p{Script=Han}+.{0,20}/gu);
  assert.equal(stray, null, `untranslated: ${stray?.join(' | ')}`);
  await context.close();
});

describe('the edition a link without one gets', () => {
  const cases = [['zh-TW', '/zh-Hant/'], ['en-GB', '/en/'], ['zh-CN', '/'], ['de-DE', '/en/']];
  for (const [locale, expected] of cases) {
    test(`a browser asking for ${locale} reads ${expected}`, async () => {
      const context = await run.browser.newContext({ ...VIEWPORTS.phone, locale });
      // Playwright marks itself as automation, which the page leaves alone (as it does crawlers).
      await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }));
      const page = await context.newPage();
      await page.goto(`${run.server.url}/#industry`);
      await page.getByTestId('hero').waitFor();
      const url = new URL(page.url());
      assert.equal(url.pathname, expected);
      assert.equal(url.hash, '#industry', 'the link’s place goes along');
      await context.close();
    });
  }

  test('?lang= overrides the browser, and an unknown one is ignored', async () => {
    const { context, page } = await watchedPage(run.browser, VIEWPORTS.phone);
    await page.goto(`${run.server.url}/?lang=en`);
    await page.getByTestId('hero').waitFor();
    assert.equal(new URL(page.url()).pathname, '/en/');
    await page.goto(`${run.server.url}/en/?lang=<script>`);
    await page.getByTestId('hero').waitFor();
    assert.equal(new URL(page.url()).pathname, '/en/');
    await context.close();
  });
});

test('every edition is its own prerendered page with hreflang alternates', async () => {
  for (const [code, data] of Object.entries(editions)) {
    const path = code === 'zh-Hans' ? '' : `${code}/`;
    const html = await readFile(`${root}dist/${path}index.html`, 'utf8');
    assert.ok(html.includes(`<html lang="${code}">`), `${code}: lang`);
    for (const other of Object.keys(editions)) assert.ok(html.includes(`hreflang="${other}"`), `${code}: hreflang ${other}`);
    const paragraphs = data.chapters.flatMap((c) => c.blocks).filter((b) => b.type === 'paragraph');
    const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const p of paragraphs) assert.ok(html.includes(escape(p.text)), `${code}: “${p.text.slice(0, 30)}…” is in the page`);
  }
});
