// The graphic leads: in every edition, on phones 320, 390 and 430 px wide and 844 and 667
// px tall and on a 1280 × 800 desktop, at every step of every sequence, the drawing sits
// right under its caption and fills the room down to the card zone (no empty band over
// 48 px on a phone, 120 px on the desktop), and the chart's title stays in one place for
// the whole sequence, the last step included. Where a sequence ends, its source line is on
// the screen and nothing covers it; the investment drawing's legend says what 推算 means,
// uncovered. And at 20 places through each investment step, every number the drawing
// shows is one the page prints.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';

import { engine } from './engines/index.mjs';
import { artifact, root, story, storyFixture } from './fixture.mjs';
import { Scrolly, StoryPage } from './story.page.mjs';

const run = storyFixture();
// What was measured, for a person to read: tests/e2e/artifacts/<engine>/stage-bands.json.
const measured = [];
const sequencesOf = (data) => data.chapters.flatMap((c) => c.blocks).filter((b) => b.type === 'scrolly');
const editions = {
  '/': story,
  '/zh-Hant/': JSON.parse(await readFile(`${root}data/story.zh-Hant.json`, 'utf8')),
  '/en/': JSON.parse(await readFile(`${root}data/story.en.json`, 'utf8')),
};

/** The screens, and the widest empty band each allows. */
const screens = [
  ...[320, 390, 430].flatMap((width) => [844, 667].map((height) => ({ width, height, scale: 2, mobile: true, band: 48 }))),
  { width: 1280, height: 800, scale: 1, band: 120 },
];

async function opened(device, path) {
  const page = await run.browser.open(device);
  await new StoryPage(page, run.server.url).open(path);
  return page;
}

/** In the page: where the caption ends, where the marks a reader sees begin and end, where
 * the view ends (the card zone begins, on a phone), and the title's top. */
function stageOf(figure) {
  const box = (el) => el.getBoundingClientRect();
  const shown = [...figure.querySelectorAll('.chart__view svg .mark')]
    .filter((m) => getComputedStyle(m).visibility !== 'hidden' && Number(getComputedStyle(m).opacity) > 0)
    .map(box)
    .filter((r) => r.height > 0);
  return {
    caption: box(figure.querySelector('.chart__caption')).bottom,
    marksTop: Math.min(...shown.map((r) => r.top)),
    marksBottom: Math.max(...shown.map((r) => r.bottom)),
    view: box(figure.querySelector('.chart__view')).bottom,
    title: box(figure.querySelector('.chart__title')).top,
  };
}

/** In the page: whether the element is on the screen and the topmost thing at its centre
 * (for a mark of a drawing: its drawing, as a point between two glyphs hits the svg). */
function uncovered(el) {
  const r = el.getBoundingClientRect();
  const [x, y] = [r.left + Math.min(r.width / 2, 40), r.top + r.height / 2];
  const inView = r.bottom > 0 && r.top < innerHeight && r.height > 0;
  return inView && (el.closest('svg') ?? el).contains(document.elementFromPoint(x, y));
}

for (const screen of screens) {
  const name = `${screen.width}×${screen.height}`;
  const skip = screen.width < 334 && !engine.can.width320 ? { skip: `${engine.name}: the window cannot be made narrower than 334 px` } : {};
  describe(`the stage at ${name}`, skip, () => {
    for (const [path, data] of Object.entries(editions)) {
      test(`${path}: the drawing fills its room under its caption, its title holds, its source follows`, async () => {
        const page = await opened(screen, path);
        for (const sequence of sequencesOf(data)) {
          const scrolly = new Scrolly(page, sequence.id);
          await scrolly.live();
          const titles = [];
          for (const [n, step] of sequence.steps.entries()) {
            await scrolly.scrollTo(n);
            await scrolly.waitForStep(n, step.state);
            await scrolly.marks.settled();
            const stage = await scrolly.figure.evaluate(stageOf);
            const where = `${sequence.id} step ${n + 1}`;
            assert.ok(stage.marksTop - stage.caption <= screen.band, `${where}: ${Math.round(stage.marksTop - stage.caption)} px empty under the caption`);
            assert.ok(stage.view - stage.marksBottom <= screen.band, `${where}: ${Math.round(stage.view - stage.marksBottom)} px empty above the cards`);
            titles.push(Math.round(stage.title));
            measured.push({ screen: name, path, step: where, underCaption: Math.round(stage.marksTop - stage.caption), aboveCards: Math.round(stage.view - stage.marksBottom), drawing: Math.round(stage.marksBottom - stage.marksTop) });
          }
          assert.ok(Math.max(...titles) - Math.min(...titles) <= 1, `${sequence.id}: the title moves (${titles.join(', ')})`);
          if (sequence.chart === 'investment-growth') {
            const legend = scrolly.figure.locator('.mark[data-key="legend:derived"]');
            assert.ok(await legend.evaluate(uncovered), `${sequence.id}: the legend's 推算 note is covered`);
          }
          // Read on past the last card: the source line comes, and nothing lies over it.
          const source = scrolly.figure.locator('.chart__source');
          await source.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
          await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
          assert.ok(await source.evaluate(uncovered), `${sequence.id}: the source line is covered or off the screen`);
        }
        assert.deepEqual(await page.problems(), []);
        await page.close();
        await writeFile(artifact('stage-bands.json'), JSON.stringify(measured, null, 1));
      });
    }
  });
}

test('at 20 places through each investment step, every number the drawing shows is one the page prints', async () => {
  const sequence = sequencesOf(story).find((s) => s.chart === 'investment-growth');
  const page = await opened({ width: 390, height: 844, scale: 2, mobile: true }, '/');
  const scrolly = new Scrolly(page, sequence.id);
  await scrolly.live();
  await scrolly.figure.locator('details').evaluate((d) => { d.open = true; });
  for (const [n, step] of sequence.steps.entries()) {
    for (let k = 0; k < 20; k++) {
      const unprinted = await scrolly.root.evaluate((root, [n, k]) => {
        // From the step's top at the trigger line (60 % down) to the next step's.
        const line = document.documentElement.clientHeight * 0.6;
        const steps = [...root.querySelectorAll('[data-step]')];
        const top = (el) => el.getBoundingClientRect().top + scrollY;
        const from = top(steps[n]) - line;
        const to = n + 1 < steps.length ? top(steps[n + 1]) - line : from + innerHeight * 0.5;
        scrollTo({ top: from + ((to - from) * k) / 20 + 1, behavior: 'instant' });
        return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
          const svg = root.querySelector('.chart__view svg');
          const printed = [...document.body.querySelectorAll('p, td, th, li, h1, h2, h3')]
            .filter((el) => !el.closest('svg')).map((el) => el.textContent).join('\n');
          const shown = [...svg.querySelectorAll('.mark')]
            .filter((m) => Number(getComputedStyle(m).opacity) > 0.01)
            .flatMap((m) => [...m.querySelectorAll('text')].map((t) => t.textContent));
          const numbers = shown.flatMap((t) => t.match(/\d[\d.,]*[^\s\d+]*/g) ?? []);
          resolve(numbers.filter((number) => !printed.includes(number)));
        })));
      }, [n, k]);
      assert.deepEqual(unprinted, [], `${step.state} at ${k}/20: numbers the page does not print`);
    }
  }
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
