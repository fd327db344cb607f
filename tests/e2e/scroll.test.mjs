// The scroll engine as a reader meets it: every step in order, reloads, deep links,
// flings, rotation, reduced motion and the keyboard. The graphic's state must always
// follow from where the reader is. Zero console errors throughout.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEVICES } from './engines/index.mjs';
import { story, storyFixture } from './fixture.mjs';
import { Scrolly, StoryPage } from './story.page.mjs';

const sequences = story.chapters.flatMap((c) => c.blocks).filter((b) => b.type === 'scrolly');
const run = storyFixture();

async function opened(device, path = '/', options = {}) {
  const page = await run.browser.open(device, options);
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.open(path);
  for (const sequence of sequences) await new Scrolly(page, sequence.id).live();
  return { page, storyPage };
}

for (const name of ['phone', 'desktop']) {
  const options = DEVICES[name];
  describe(`scrolling on a ${name}`, () => {
    test('every step of every sequence activates in order and the graphic follows', async () => {
      const { page } = await opened(options);
      for (const sequence of sequences) {
        const scrolly = new Scrolly(page, sequence.id);
        // The drawing, not only the figure's data-state, follows the step: the prerendered
        // drawing is adopted at hydration and must be redrawn as the state changes.
        const drawings = new Map();
        for (const [n, step] of sequence.steps.entries()) {
          await scrolly.scrollTo(n);
          await scrolly.waitForStep(n, step.state);
          assert.equal(await scrolly.announcer.innerText(), step.text, 'the step is announced politely');
          assert.equal(new URL(await page.url()).hash, `#${sequence.id}-${n + 1}`, 'the URL names the step');
          drawings.set(step.state, await scrolly.figure.locator('svg[role="img"]').evaluate((svg) => svg.outerHTML));
        }
        assert.equal(new Set(drawings.values()).size, drawings.size, `${sequence.id}: each state has its own drawing`);
      }
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });

    test('a reload in the middle comes back to the same step and state', async () => {
      const { page } = await opened(options);
      const sequence = sequences[1];
      const scrolly = new Scrolly(page, sequence.id);
      await scrolly.scrollTo(2);
      await scrolly.waitForStep(2, sequence.steps[2].state);
      await page.waitForFunction((hash) => location.hash === hash, `#${sequence.id}-3`);
      await page.reload();
      await scrolly.live();
      await scrolly.waitForStep(2, sequence.steps[2].state);
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });

    test('a reload in the middle comes back to the same step when the page above settles late', async () => {
      // The sequence's watch measures before the page above it has settled; the page then
      // settles with no scroll, and the browser's restored place is the step's again.
      const page = await run.browser.open(options, { preludes: ['late-settle'] });
      await new StoryPage(page, run.server.url).open('/');
      const sequence = sequences.find((s) => s.id === 'investment');
      const scrolly = new Scrolly(page, sequence.id);
      await scrolly.live();
      await page.waitForFunction(() => !document.querySelector('[data-scrolly][data-mode="linear"]'));
      await scrolly.scrollTo(2);
      await scrolly.waitForStep(2, sequence.steps[2].state);
      await page.waitForFunction((hash) => location.hash === hash, `#${sequence.id}-3`);
      await page.reload();
      await scrolly.live();
      await page.waitForFunction(() => !document.querySelector('[data-scrolly][data-mode="linear"]'));
      await scrolly.waitForStep(2, sequence.steps[2].state);
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });

    test('content above a sequence that grows, with nothing scrolling, moves its active step', async () => {
      // As the tier buttons appearing once live, or a late font, do where the browser has
      // no scroll anchoring (WebKit) to scroll for it: the sequence moves, no event says so.
      const { page } = await opened(options);
      const sequence = sequences.find((s) => s.id === 'investment');
      const scrolly = new Scrolly(page, sequence.id);
      await scrolly.scrollTo(1);
      await scrolly.waitForStep(1, sequence.steps[1].state);
      const before = await scrolly.activeStep();
      await scrolly.root.evaluate((root) => {
        document.documentElement.style.overflowAnchor = 'none';
        const island = root.closest('[data-island]');
        const spacer = document.createElement('div');
        spacer.style.height = `${Math.ceil(root.querySelector('[data-step="1"]').getBoundingClientRect().height * 1.5)}px`;
        island.before(spacer);
      });
      assert.notEqual(await scrolly.expectedFromGeometry(), before, 'the step under the trigger line changed');
      await scrolly.caughtUp();
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });

    test('a deep link to the last step of a sequence opens it with its graphic state', async () => {
      for (const sequence of sequences) {
        const last = sequence.steps.length - 1;
        const { page } = await opened(options, `/#${sequence.id}-${last + 1}`);
        const scrolly = new Scrolly(page, sequence.id);
        await scrolly.waitForStep(last, sequence.steps[last].state);
        assert.deepEqual(await page.problems(), []);
        await page.close();
      }
    });

    test('a fling from top to bottom leaves every sequence on its last step', async () => {
      const { page } = await opened(options);
      await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
      for (const sequence of sequences) {
        const last = sequence.steps.length - 1;
        await new Scrolly(page, sequence.id).waitForStep(last, sequence.steps[last].state);
      }
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await page.waitForFunction(() => document.querySelectorAll('[data-active="true"]').length === 0);
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });

    test('rotating the screen keeps the active step true to the geometry', async () => {
      const { page } = await opened(options);
      const sequence = sequences[0];
      const scrolly = new Scrolly(page, sequence.id);
      await scrolly.scrollTo(1);
      await scrolly.waitForStep(1, sequence.steps[1].state);
      const { width, height } = options;
      for (const size of [{ width: height, height: width }, { width, height }]) {
        await page.setViewportSize(size);
        await page.waitForFunction((id) => {
          const root = document.querySelector(`[data-scrolly="${id}"]`);
          const line = document.documentElement.clientHeight * 0.6;
          const passed = [...root.querySelectorAll('[data-step]')].filter((s) => s.getBoundingClientRect().top <= line);
          const expected = passed.length ? passed[passed.length - 1].dataset.step : undefined;
          return root.querySelector('[data-active="true"]')?.dataset.step === expected;
        }, sequence.id);
        const expected = await scrolly.expectedFromGeometry();
        assert.equal(await scrolly.activeStep(), expected);
        if (expected !== null) assert.equal(await scrolly.figure.getAttribute('data-state'), sequence.steps[Number(expected)].state);
      }
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  });
}

test('reduced motion: no transitions, the same states', async () => {
  const { page } = await opened({ ...DEVICES.phone, reducedMotion: true });
  const sequence = sequences[0];
  const scrolly = new Scrolly(page, sequence.id);
  const duration = await scrolly.step(0).evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.equal(duration, '0s');
  await scrolly.scrollTo(2);
  await scrolly.waitForStep(2, sequence.steps[2].state);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('keyboard only: Tab reaches a step, j and ↓ move forward, k and ↑ move back', async () => {
  const { page } = await opened(DEVICES.desktop);
  const sequence = sequences[1];
  const scrolly = new Scrolly(page, sequence.id);
  // Tab from the element just before the sequence lands on its first step.
  await scrolly.step(0).evaluate((el) => {
    const before = document.createElement('button');
    before.id = 'tab-start';
    el.closest('[data-scrolly]').before(before);
    before.focus();
  });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.step), '0');
  await scrolly.waitForStep(0, sequence.steps[0].state);
  await page.keyboard.press('j');
  await scrolly.waitForStep(1, sequence.steps[1].state);
  await page.keyboard.press('ArrowDown');
  await scrolly.waitForStep(2, sequence.steps[2].state);
  await page.keyboard.press('k');
  await scrolly.waitForStep(1, sequence.steps[1].state);
  await page.keyboard.press('ArrowUp');
  await scrolly.waitForStep(0, sequence.steps[0].state);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.step), '0', 'focus follows the step');
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('inside an element that scrolls (as on a host page), steps follow that element', async () => {
  // The story's mount point becomes a fixed-height scroller before the app starts.
  const page = await run.browser.open(DEVICES.phone, { preludes: ['scrolling-container'] });
  const storyPage = new StoryPage(page, run.server.url);
  await storyPage.open();
  const sequence = sequences[2];
  const scrolly = new Scrolly(page, sequence.id);
  await scrolly.live();
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  for (const [n, step] of sequence.steps.entries()) {
    await scrolly.scrollTo(n);
    await scrolly.waitForStep(n, step.state);
  }
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the document itself never scrolled');
  assert.ok((await page.evaluate(() => document.getElementById('story').scrollTop)) > 0);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
