// Every text a reader sees reaches WCAG AA contrast, in the light and the dark theme, on
// a phone and a desktop, in every edition: axe-core's colour-contrast rule over the live
// page (every chart drawn), and, for the drawings' own text (SVG, which that rule does
// not judge), the same ratio measured against what lies under each text's middle.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { DEVICES, engine } from './engines/index.mjs';
import { root, storyFixture } from './fixture.mjs';
import { StoryPage } from './story.page.mjs';

const run = storyFixture();
const axeSource = await readFile(`${root}node_modules/axe-core/axe.min.js`, 'utf8');
// Run where the page's CSP cannot stop it: the driver's own evaluation, not a script tag.
const installAxe = new Function('arg', `${axeSource}\nreturn typeof axe;`);

/** In the page: the drawings' texts whose contrast is under AA, with what was measured. */
function weakDrawingTexts() {
  const rgb = (css) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]) => {
    const f = (c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  // What is under a point: the topmost filled shape of the drawing there, else the first
  // opaque background up the page.
  const under = (text, x, y) => {
    for (const el of document.elementsFromPoint(x, y)) {
      if (el === text || el.tagName === 'text' || el.tagName === 'tspan') continue;
      if (el instanceof SVGGeometryElement) {
        const style = getComputedStyle(el);
        if (style.fill !== 'none' && Number(style.opacity) > 0.5 && rgb(style.fill).length >= 3 && (rgb(style.fill)[3] ?? 1) > 0.5) return rgb(style.fill);
        continue;
      }
      for (let node = el; node; node = node.parentElement) {
        const bg = rgb(getComputedStyle(node).backgroundColor);
        if (bg.length >= 3 && (bg[3] ?? 1) > 0.5) return bg;
      }
    }
    for (const node of [document.body, document.documentElement]) {
      const bg = rgb(getComputedStyle(node).backgroundColor);
      if (bg.length >= 3 && (bg[3] ?? 1) > 0.5) return bg;
    }
    return [255, 255, 255];
  };
  const weak = [];
  for (const text of document.querySelectorAll('.chart__view svg text')) {
    const box = text.getBoundingClientRect();
    const style = getComputedStyle(text);
    if (box.width === 0 || style.visibility === 'hidden' || Number(getComputedStyle(text.closest('.mark') ?? text).opacity) < 0.5) continue;
    if (box.bottom < 0 || box.top > innerHeight) continue;
    const back = under(text, box.left + box.width / 2, box.top + box.height / 2);
    const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
    const measured = ratio(rgb(style.fill), back);
    if (measured < (large ? 3 : 4.5)) weak.push(`“${text.textContent}”: ${measured.toFixed(2)}:1 (${style.fill} on rgb(${back.join(', ')}))`);
  }
  return weak;
}

for (const theme of ['light', 'dark']) {
  for (const [name, device] of Object.entries({ phone: DEVICES.phone, desktop: DEVICES.desktop })) {
    describe(`contrast, ${theme} theme, ${name}`, () => {
      for (const path of ['/', '/zh-Hant/', '/en/']) {
        test(`${path}: every text reaches WCAG AA, on the page and in the drawings`, async () => {
          const page = await run.browser.open(device);
          await new StoryPage(page, run.server.url).open(path);
          await page.locator('html[data-story-live]').waitFor({ state: 'attached' });
          await page.evaluate((theme) => { document.documentElement.dataset.theme = theme; }, theme);
          // Down the page a screen at a time: every drawing is laid out and checked where
          // a reader sees it.
          const weak = new Set();
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0; y < height; y += device.height * 0.8) {
            await page.evaluate((y) => scrollTo({ top: y, behavior: 'instant' }), y);
            // Colours tween: judge them where they come to rest.
            await page.waitForFunction(async () => {
              await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
              // Paused animations (marks scrubbed by progress) rest where they are; those off
              // the screen (content-visibility skips them) wait until they are on it.
              const onScreen = (el) => {
                const r = el?.getBoundingClientRect();
                return r && r.bottom > 0 && r.top < innerHeight;
              };
              const running = document.getAnimations().filter((a) => a.playState === 'running'
                && a.effect?.getComputedTiming().endTime !== Infinity && onScreen(/** @type {KeyframeEffect | null} */ (a.effect)?.target));
              await Promise.all(running.map((a) => a.finished.catch(() => null)));
              return true;
            });
            for (const line of await page.evaluate(weakDrawingTexts)) weak.add(line);
          }
          assert.deepEqual([...weak], [], `${engine.name} ${theme} ${name} ${path}: drawing texts under AA`);
          assert.equal(await page.evaluate(installAxe), 'object');
          const violations = await page.evaluate(async () => {
            // @ts-ignore axe is the page's global once installed
            const result = await axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
            return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`));
          });
          assert.deepEqual(violations, [], `${engine.name} ${theme} ${name} ${path}: axe colour-contrast`);
          await page.close();
        });
      }
    });
  }
}
