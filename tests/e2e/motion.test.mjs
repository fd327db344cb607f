// The graphics as they move with the reader: a change of step updates the same elements
// and tweens them to the new state; reduced motion gives the same states at once; a fling
// or a reverse scroll ends right within a second; a reload in the middle of a step shows
// that step's frame at once; and at every step, at 320, 390 and 1280 px, in every
// edition, the chart's title is in view and no step card lies over a mark. Screenshots
// of every step land in tests/e2e/artifacts/<engine>/ for a person to look at.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { DEVICES, engine } from './engines/index.mjs';
import { artifact, root, story, storyFixture } from './fixture.mjs';
import { Scrolly, StoryPage } from './story.page.mjs';

const run = storyFixture();
const sequencesOf = (data) => data.chapters.flatMap((c) => c.blocks).filter((b) => b.type === 'scrolly');
const sequences = sequencesOf(story);
const editions = {
  '/': story,
  '/zh-Hant/': JSON.parse(await readFile(`${root}data/story.zh-Hant.json`, 'utf8')),
  '/en/': JSON.parse(await readFile(`${root}data/story.en.json`, 'utf8')),
};

async function opened(device, path = '/') {
  const page = await run.browser.open(device);
  await new StoryPage(page, run.server.url).open(path);
  for (const sequence of sequences) await new Scrolly(page, sequence.id).live();
  return page;
}

for (const name of ['phone', 'desktop']) {
  describe(`motion on a ${name}`, () => {
    test('a change of step keeps every mark’s element and tweens it to the new state', async () => {
      const page = await opened(DEVICES[name]);
      for (const sequence of sequences) {
        const scrolly = new Scrolly(page, sequence.id);
        await scrolly.scrollTo(0);
        await scrolly.waitForStep(0, sequence.steps[0].state);
        assert.deepEqual(await scrolly.marks.settled(), [], `${sequence.id}: the first step's marks in place`);
        await page.screenshot({ path: artifact(`step-${sequence.id}-1-${name}.png`) });
        for (let n = 1; n < sequence.steps.length; n++) {
          const count = await scrolly.marks.tag(`${sequence.id}-${n}`);
          await scrolly.scrollTo(n);
          await scrolly.waitForStep(n, sequence.steps[n].state);
          assert.ok((await scrolly.marks.running()) > 0, `${sequence.id} step ${n + 1}: a tween runs just after the change`);
          const kept = await scrolly.marks.tagged(`${sequence.id}-${n}`);
          assert.deepEqual(kept, { marks: count, tagged: count }, `${sequence.id} step ${n + 1}: the same elements`);
          assert.deepEqual(await scrolly.marks.settled(), [], `${sequence.id} step ${n + 1}: every mark ends in its state`);
          await page.screenshot({ path: artifact(`step-${sequence.id}-${n + 1}-${name}.png`) });
        }
      }
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });

    test('a fling past a sequence, and back, ends on the right state within a second', async () => {
      const page = await opened(DEVICES[name]);
      for (const sequence of sequences) {
        const scrolly = new Scrolly(page, sequence.id);
        const last = sequence.steps.length - 1;
        await scrolly.scrollTo(0);
        await scrolly.waitForStep(0, sequence.steps[0].state);
        await scrolly.marks.settled();
        // To the last step and back to the first, a frame apart: each must end right, not
        // replay what was passed.
        for (const [n, state] of [[last, sequence.steps[last].state], [0, sequence.steps[0].state]]) {
          await scrolly.scrollTo(n);
          const started = Date.now();
          await scrolly.waitForStep(n, state);
          assert.deepEqual(await scrolly.marks.settled(1000), [], `${sequence.id}: right at step ${n + 1}`);
          assert.ok(Date.now() - started < 1000 + 300, `${sequence.id}: within a second (${Date.now() - started} ms)`);
        }
      }
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  });
}

test('reduced motion: the same states, and nothing tweens', async () => {
  const page = await opened({ ...DEVICES.phone, reducedMotion: true });
  for (const sequence of sequences) {
    const scrolly = new Scrolly(page, sequence.id);
    for (const [n, step] of sequence.steps.entries()) {
      await scrolly.scrollTo(n);
      await scrolly.waitForStep(n, step.state);
      assert.equal(await page.evaluate(() => document.getAnimations().length), 0, `${sequence.id} step ${n + 1}: no animation`);
      assert.deepEqual(await scrolly.marks.offTarget(), [], `${sequence.id} step ${n + 1}: the state, at once`);
    }
  }
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('the investment bars grow with the reader through a step, and a reload shows the frame at once', async () => {
  const sequence = sequences.find((s) => s.chart === 'investment-growth');
  const page = await opened(DEVICES.phone);
  const scrolly = new Scrolly(page, sequence.id);
  const scale = () => scrolly.figure.evaluate((figure) => {
    const bar = figure.querySelector('.mark[data-key="this:over-50m"]');
    return { progress: Number(figure.dataset.progress), scale: new DOMMatrixReadOnly(getComputedStyle(bar).transform).a };
  });
  // Into the second step, then further through it: the bar has grown.
  await scrolly.scrollTo(1);
  await scrolly.waitForStep(1, sequence.steps[1].state);
  await scrolly.marks.settled();
  const early = await scale();
  await page.evaluate(() => scrollBy(0, innerHeight * 0.08));
  await page.waitForFunction((p) => Number(document.querySelector('figure[data-chart="investment-growth"]').dataset.progress) > p, early.progress);
  await scrolly.marks.settled();
  const later = await scale();
  assert.ok(later.progress > early.progress && later.scale > early.scale, `grows: ${JSON.stringify([early, later])}`);
  // A reload there: the engine's first report is shown as it is, not tweened from zero.
  await page.reload();
  await scrolly.live();
  await scrolly.waitForStep(1, sequence.steps[1].state);
  assert.equal(await scrolly.marks.running(), 0, 'no tween from the prerendered state');
  assert.deepEqual(await scrolly.marks.offTarget(), [], 'the frame for where the reader is');
  // The frame is the one for where the browser put the reader back (WebKit restores the
  // scroll position a little off): the progress the geometry gives, in fiftieths.
  const reloaded = await scale();
  const expected = await scrolly.root.evaluate((root) => {
    const line = document.documentElement.clientHeight * 0.6;
    const [step, next] = [1, 2].map((n) => root.querySelector(`[data-step="${n}"]`).getBoundingClientRect().top);
    return Math.floor(Math.min(Math.max((line - step) / (next - step), 0), 1) * 50);
  });
  assert.ok(Math.abs(reloaded.progress - expected) <= 1, `the frame for the reader's place: ${reloaded.progress}, geometry ${expected}`);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

// Nothing covers the graphic: at each step the corner of the chart's title is the figure's,
// and the centre of every mark shown is the drawing's (no step card, no chrome above it).
/** @type {Array<[string, import('./engines/index.mjs').Device]>} */
const widths = [['narrow', DEVICES.narrow], ['phone', DEVICES.phone], ['desktop', DEVICES.desktop]];
for (const [path, data] of Object.entries(editions)) for (const [name, device] of widths) {
  const skip = name === 'narrow' && !engine.can.width320 ? { skip: `${engine.name}: the window cannot be made narrower than 334 px` } : {};
  test(`nothing covers the graphic at any step (${path}, ${device.width} px)`, skip, async () => {
    const page = await opened(device, path);
    for (const sequence of sequencesOf(data)) {
      const scrolly = new Scrolly(page, sequence.id);
      for (const [n, step] of sequence.steps.entries()) {
        await scrolly.scrollTo(n);
        await scrolly.waitForStep(n, step.state);
        await scrolly.marks.settled();
        const covered = await scrolly.figure.evaluate((figure) => {
          const mine = (x, y) => figure.contains(document.elementFromPoint(x, y));
          const title = figure.querySelector('.chart__title').getBoundingClientRect();
          const found = [];
          if (!mine(title.left + 2, title.top + 2)) found.push(`title corner under ${document.elementFromPoint(title.left + 2, title.top + 2)?.className}`);
          const svg = figure.querySelector('.chart__view svg');
          for (const mark of svg.querySelectorAll('.mark')) {
            if (getComputedStyle(mark).visibility === 'hidden') continue;
            const r = mark.getBoundingClientRect();
            const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
            if (y < 0 || y > innerHeight || r.left < -1 || r.right > innerWidth + 1) found.push(`${mark.dataset.key} off screen`);
            else if (!svg.contains(document.elementFromPoint(x, y))) found.push(`${mark.dataset.key} under ${document.elementFromPoint(x, y)?.className}`);
          }
          return found;
        });
        assert.deepEqual(covered, [], `${sequence.id} step ${n + 1}`);
      }
    }
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
}
