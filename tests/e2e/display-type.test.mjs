// Display type never breaks a word: at 320, 390 and 1280 px, in every edition, every line
// break in the headline, the standfirst, the byline, the headings and the charts' titles
// falls at a break point from data/ (a <wbr> between two phrases), at a space or at
// punctuation, found from each character's line (its Range rect); no phrase runs past its
// line. And no line of a label in a drawing ends inside a word.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { DEVICES, engine } from './engines/index.mjs';
import { root, storyFixture } from './fixture.mjs';
import { StoryPage } from './story.page.mjs';

const run = storyFixture();

const DISPLAY = 'h1, h2, h3, .hero__standfirst, .hero__byline, .headline__label';

/** In the page: each display text's line breaks inside a word, as “before|after”, and each
 * phrase that runs past its element's box. */
function breaksInsideWords(selector) {
  // A line may end after these (closing punctuation, a space, a hyphen) …
  const ends = /[\s，。、；：！？）》」』”’,.;:!?)\-—·]/u;
  // … or begin before these (opening punctuation, a space, the dot between two names).
  const begins = /[\s（《「『“‘(·]/u;
  const found = [];
  for (const el of document.querySelectorAll(selector)) {
    const box = el.getBoundingClientRect();
    if (box.width === 0) continue;
    const chars = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    // A space where a line breaks collapses to nothing, and a <wbr> has no text: the
    // character after either remembers it.
    let [space, wbr] = [false, false];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (/** @type {Element} */ (node).localName === 'wbr') wbr = true;
        continue;
      }
      const text = /** @type {Text} */ (node);
      for (let i = 0; i < text.data.length; i++) {
        if (/\s/u.test(text.data[i])) {
          space = true;
          continue;
        }
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        // WebKit gives a mark that ends a line (、) a rect of no width: it still counts.
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        chars.push({ ch: text.data[i], top: rect.top, height: rect.height, space, wbr });
        [space, wbr] = [false, false];
      }
    }
    const text = chars.map((c) => c.ch).join('');
    for (let i = 1; i < chars.length; i++) {
      const [before, after] = [chars[i - 1], chars[i]];
      if (after.top - before.top < before.height / 2) continue;
      if (after.space || after.wbr || ends.test(before.ch) || begins.test(after.ch)) continue;
      found.push(`${el.localName} “${text.slice(0, i)}|${text.slice(i)}”`);
    }
    for (const phrase of el.querySelectorAll('.phrase')) {
      const rect = phrase.getBoundingClientRect();
      if (rect.right > box.right + 1 || rect.left < box.left - 1) found.push(`${el.localName} “${phrase.textContent}” runs past its line`);
    }
  }
  return found;
}

/** In the page: each line of a drawing's text that is part of a label but not a run of its
 * whole phrases (as “line” in “label”). `labels` are the labels as the data writes them. */
function labelLinesInsideWords(labels) {
  const runs = labels.map((label) => {
    // The label as read, and where a line of it may start and end.
    let read = '';
    const [starts, ends] = [[0], []];
    for (const c of label) {
      if (c === '|' || c === ' ') {
        ends.push(read.length);
        if (c === ' ') read += c;
        starts.push(read.length);
      } else {
        read += c;
      }
    }
    ends.push(read.length);
    return { read, starts, ends };
  });
  const whole = (line, { read, starts, ends }) => starts.some((a) => ends.some((b) => b >= a && read.slice(a, b) === line));
  const found = [];
  for (const node of document.querySelectorAll('.chart svg text')) {
    const line = (node.textContent ?? '').trim();
    // Numbers wrap as running text; a line with one in it is a figure's, not a label's.
    if (line.length < 2 || /\d/u.test(line)) continue;
    const part = runs.find((r) => r.read !== line && r.read.includes(line));
    if (part && !runs.some((r) => whole(line, r))) found.push(`“${line}” in “${part.read}”`);
  }
  return found;
}

/** Every label a drawing of `path`'s edition may break: figures' labels, groups' names and items. */
async function labelsOf(path) {
  const file = { '/': 'story.zh-Hans.json', '/zh-Hant/': 'story.zh-Hant.json', '/en/': 'story.en.json' }[path];
  const story = JSON.parse(await readFile(`${root}data/${file}`, 'utf8'));
  const figures = JSON.parse(await readFile(`${root}data/figures.json`, 'utf8'));
  const labels = story.figure_labels ? Object.values(story.figure_labels) : figures.figures.map((f) => f.label);
  const groups = story.charts.flatMap((c) => c.groups ?? []);
  return [...labels, ...groups.map((g) => g.name), ...groups.flatMap((g) => g.items ?? [])];
}

const screens = { narrow: { ...DEVICES.narrow, width: 320 }, phone: DEVICES.phone, desktop: DEVICES.desktop };
for (const [name, device] of Object.entries(screens)) {
  const skip = device.width < 334 && !engine.can.width320 ? { skip: `${engine.name}: the window cannot be made narrower than 334 px` } : {};
  describe(`display type at ${device.width} px`, skip, () => {
    for (const path of ['/', '/zh-Hant/', '/en/']) {
      test(`${path}: headline, standfirst, byline, headings, chart titles and drawn labels break only between words`, async () => {
        const page = await run.browser.open(device);
        await new StoryPage(page, run.server.url).open(path, { readOn: false });
        assert.deepEqual(await page.evaluate(breaksInsideWords, DISPLAY), [], `${engine.name} ${name} ${path}`);
        assert.deepEqual(await page.evaluate(labelLinesInsideWords, await labelsOf(path)), [], `${engine.name} ${name} ${path}`);
        await page.close();
      });
    }
  });
}
