// The three editions: switching mid-story keeps the reader's place and changes the text,
// the chart labels and the page's language; the English edition has no untranslated
// Chinese; a link opens the edition it names, and where the reader's browser language
// suggests another edition the page offers it in one line, in that edition's language,
// dismissible and remembered, moving nothing; crawlers and frames see no offer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { DEVICES } from './engines/index.mjs';
import { EmbedHost } from './embed.page.mjs';
import { plain, root, story, storyFixture } from './fixture.mjs';
import { serve } from './serve.mjs';
import { Scrolly, StoryPage } from './story.page.mjs';

const run = storyFixture();
const editions = {
  'zh-Hans': story,
  'zh-Hant': JSON.parse(await readFile(`${root}data/story.zh-Hant.json`, 'utf8')),
  en: JSON.parse(await readFile(`${root}data/story.en.json`, 'utf8')),
};
const paths = { 'zh-Hans': '/', 'zh-Hant': '/zh-Hant/', en: '/en/' };
const sequence = (edition) => editions[edition].chapters.flatMap((c) => c.blocks).find((b) => b.type === 'scrolly');

describe('switching edition', () => {
  for (const [from, to] of [['zh-Hans', 'en'], ['en', 'zh-Hant'], ['zh-Hant', 'zh-Hans']]) {
    test(`${from} → ${to} in the middle of a sequence keeps the place`, async () => {
      const page = await run.browser.open(DEVICES.phone);
      const storyPage = new StoryPage(page, run.server.url);
      await storyPage.open(paths[from]);
      assert.equal(await page.evaluate(() => document.documentElement.lang), from);
      const steps = sequence(from);
      const scrolly = new Scrolly(page, steps.id);
      await scrolly.live();
      await scrolly.scrollTo(1);
      await scrolly.waitForStep(1, steps.steps[1].state);
      await page.waitForFunction((hash) => location.hash === hash, `#${steps.id}-2`);

      // The switch in the reading-progress bar: in reach without scrolling away from the place.
      await page.getByTestId('edition-switch-floating').locator(`a[data-edition="${to}"]`).click();
      await page.waitForURL((url) => url.pathname === paths[to] && url.hash === `#${steps.id}-2` && !url.searchParams.has('lang'));
      await page.waitForFunction((to) => document.documentElement.lang === to, to);
      const there = new Scrolly(page, sequence(to).id);
      await there.live();
      // Each edition's page runs a wasm with only its own words: the one its page names.
      const own = await page.evaluate(() => document.querySelector('[data-story-wasm]').getAttribute('data-story-wasm'));
      const wasms = page.requests().filter((url) => url.endsWith('.wasm'));
      assert.equal(new URL(wasms.at(-1)).pathname, own, `the ${to} page runs its own wasm`);
      assert.equal(new Set(wasms).size, 2, `the ${from} and the ${to} pages each run their own: ${wasms.join(', ')}`);
      await there.waitForStep(1, sequence(to).steps[1].state);
      assert.equal((await there.step(1).innerText()).trim(), sequence(to).steps[1].text, 'the step is in the new language');
      const labels = await there.figure.locator('svg text').allTextContents();
      assert.ok(labels.some((l) => l.includes(editions[to].ui.derived_mark)), `chart labels in ${to}: ${labels.join(' | ')}`);
      assert.equal(await page.getByTestId('hero').locator('h1').innerText(), plain(editions[to].meta.title.text));
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  }
});

test('the English edition has no untranslated Chinese outside names', async () => {
  const page = await run.browser.open(DEVICES.desktop);
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.open('/en/');
  await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  const text = await page.evaluate(() => {
    const copy = /** @type {HTMLElement} */ (document.body.cloneNode(true));
    // The editor's note is about characters of the Chinese source: it quotes them. The
    // edition switch and the offers name each edition in its own language.
    copy.querySelectorAll('.editor-note, .editions, .edition-offer').forEach((n) => n.remove());
    return copy.innerText;
  });
  // Chinese is allowed only as the characters of a name, in brackets after its English form.
  const stray = text.replace(/\((?:[^()]*\p{Script=Han}[^()]*)\)/gu, '').match(/.{0,20}\p{Script=Han}+.{0,20}/gu);
  assert.equal(stray, null, `untranslated: ${stray?.join(' | ')}`);
  await page.close();
});

/** The offers shown on the page: the edition each offers, its language and its words. */
const shownOffers = (page) => page.getByTestId('edition-offer').evaluateAll((offers) => offers
  .filter((offer) => offer.checkVisibility())
  .map((offer) => ({ edition: offer.dataset.offerEdition, lang: offer.lang, text: offer.querySelector('a').innerText })));

/** A reader (not an automated browser) whose browser asks for `languages`. */
const reader = (languages, extra = {}) => ({ name: 'reader', arg: { languages, ...extra } });

describe('a link opens the edition it names; the page offers the one the browser asks for', () => {
  const cases = [
    ['zh-TW', '/', 'zh-Hant'], ['en-GB', '/', 'en'], ['de-DE', '/', 'en'], ['zh-CN', '/', null],
    ['zh-CN', '/en/', 'zh-Hans'], ['zh-HK', '/en/', 'zh-Hant'], ['en-US', '/en/', null], ['zh-TW', '/zh-Hant/', null],
  ];
  for (const [locale, path, offered] of cases) {
    test(`a browser asking for ${locale} reads ${path}${offered ? `, offered ${offered}` : ', offered nothing'}`, async () => {
      const page = await run.browser.open(DEVICES.phone, { preludes: [reader([locale, 'fr-FR']), 'layout-shifts'] });
      await page.goto(`${run.server.url}${path}#industry`);
      await page.getByTestId('hero').waitFor();
      await page.waitForFunction(() => document.readyState === 'complete');
      const url = new URL(await page.url());
      assert.equal(url.pathname, path, 'never sent elsewhere');
      assert.equal(url.hash, '#industry', 'the link’s place stays');
      const expected = offered ? [{ edition: offered, lang: offered, text: editions[offered].ui.edition_offer }] : [];
      assert.deepEqual(await shownOffers(page), expected);
      const shifts = await page.evaluate(() => ({ ...window.__shifts, titleNow: document.querySelector('h1').getBoundingClientRect().top + scrollY }));
      assert.equal(shifts.sum, 0, 'no layout shift');
      assert.equal(shifts.titleNow, shifts.titleTop, 'the headline is where it was when the page was parsed');
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  }

  test('the offer leads to its edition', async () => {
    const page = await run.browser.open(DEVICES.phone, { preludes: [reader(['en-GB'])] });
    const storyPage = new StoryPage(page, run.server.url);
    await storyPage.open('/');
    await page.locator('[data-offer-edition="en"] a').click();
    await page.waitForURL((url) => url.pathname === '/en/' && !url.search);
    await page.getByTestId('hero').waitFor();
    assert.deepEqual(await shownOffers(page), [], 'the English page offers nothing to an English browser');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  for (const storage of ['kept', 'blocked']) {
    test(`a dismissed offer goes, and ${storage === 'kept' ? 'stays gone on the next visit' : 'goes without error when storage is blocked'}`, async () => {
      const preludes = [reader(['en-GB']), ...(storage === 'blocked' ? ['no-storage'] : [])];
      const page = await run.browser.open(DEVICES.phone, { preludes });
      const storyPage = new StoryPage(page, run.server.url);
      await storyPage.open('/');
      assert.equal((await shownOffers(page)).length, 1);
      await page.locator('[data-offer-edition="en"] [data-offer-dismiss]').click();
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-offer'));
      assert.deepEqual(await shownOffers(page), []);
      await page.reload();
      await page.getByTestId('hero').waitFor();
      assert.equal((await shownOffers(page)).length, storage === 'kept' ? 0 : 1, 'remembered where storage works');
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  }

  test('crawlers and portals’ frames see no offer', async () => {
    const crawler = await run.browser.open(DEVICES.phone, { preludes: [reader(['en-US'], { userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1)' })] });
    await crawler.goto(`${run.server.url}/`);
    await crawler.getByTestId('hero').waitFor();
    assert.deepEqual(await shownOffers(crawler), []);
    await crawler.close();

    const host = await serve(root);
    const page = await run.browser.open(DEVICES.phone, { preludes: [reader(['en-GB'])] });
    const embed = new EmbedHost(page, host.url.replace('127.0.0.1', 'localhost'), run.server.url);
    const frame = await embed.open('iframe');
    assert.deepEqual(await shownOffers(frame), []);
    await page.close();
    host.close();
  });

  test('?lang= names an edition, and one it does not know is ignored', async () => {
    const page = await run.browser.open(DEVICES.phone);
    await page.goto(`${run.server.url}/?lang=en`);
    await page.waitForURL((url) => url.pathname === '/en/');
    await page.getByTestId('hero').waitFor();
    await page.goto(`${run.server.url}/en/?lang=<script>`);
    await page.getByTestId('hero').waitFor();
    assert.equal(new URL(await page.url()).pathname, '/en/');
    await page.close();
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
