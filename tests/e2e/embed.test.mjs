// The story inside portals' pages: our embed.js, the real Pym.js parent, a bare iframe,
// sandboxed iframes, a narrow column and a resizing host. The story is served from
// another origin than the host, under the headers of dist/_headers (its strict CSP).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEVICES, startBrowser, unless } from './engines/index.mjs';
import { root, story } from './fixture.mjs';
import { EmbedHost } from './embed.page.mjs';
import { serve, serveAsDeployed } from './serve.mjs';
import { StoryPage } from './story.page.mjs';

const sequence = story.chapters.flatMap((c) => c.blocks).find((b) => b.type === 'scrolly');
const run = {};

before(async () => {
  run.story = await serveAsDeployed(`${root}dist`);
  const host = await serve(root);
  // Another origin for the host page: localhost, not 127.0.0.1.
  run.host = { ...host, url: host.url.replace('127.0.0.1', 'localhost') };
  run.browser = await startBrowser();
});
after(async () => {
  await run.browser?.close();
  run.story?.close();
  run.host?.close();
});

/** A host page with the story embedded, recording CSP violations in every frame. */
async function embedded(embed, params = {}, device = DEVICES.phone) {
  const page = await run.browser.open(device, { preludes: ['csp-violations'] });
  const host = new EmbedHost(page, run.host.url, run.story.url);
  await host.open(embed, params);
  return { page, host };
}

async function assertFitted(host, what) {
  await host.fitted();
  // The story may still be settling (charts redrawn for the width): its height, the message
  // and the host's resize follow each other; give them a few frames to agree.
  let h = await host.heights();
  for (let tries = 0; tries < 60 && Math.abs(h.iframe - h.content) > 2; tries++) {
    await host.frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
    h = await host.heights();
  }
  assert.ok(Math.abs(h.iframe - h.content) <= 2, `${what}: iframe ${h.iframe} px for ${h.content} px of story`);
  assert.ok(h.scrollable <= 1, `${what}: no scrolling inside the frame (${h.scrollable} px)`);
  assert.ok(h.sideways <= 0, `${what}: no sideways scrolling (${h.sideways} px)`);
}

/** Scrolls the host through the first sequence: each step activates, its state shows, and
 * the graphic is on the host's screen while the steps pass. */
async function assertStepsFollowHost(host) {
  const frame = host.frame;
  const viewport = await host.page.evaluate(() => innerHeight);
  for (const [n, step] of sequence.steps.entries()) {
    await host.scrollHostTo(`[data-scrolly="${sequence.id}"] [data-step="${n}"]`, 0.4);
    await frame.waitForFunction(([id, n, state]) => {
      const root = document.querySelector(`[data-scrolly="${id}"]`);
      const active = [...root.querySelectorAll('[data-step][data-active="true"]')].map((s) => s.dataset.step);
      return active.join() === String(n) && root.querySelector('.scrolly__graphic figure').dataset.state === state;
    }, [sequence.id, n, step.state]);
    // The graphic has been moved to the host's screen (it cannot stick by itself here).
    const graphic = await waitForOnScreen(host, `[data-scrolly="${sequence.id}"] .scrolly__graphic .chart__drawing`, viewport);
    assert.ok(graphic.top > -2 && graphic.top < viewport, `step ${n}: graphic at ${graphic.top} px of ${viewport}`);
  }
}

async function waitForOnScreen(host, selector, viewport) {
  for (let tries = 0; tries < 100; tries++) {
    const box = await host.onHostScreen(selector);
    if (box.top > -2 && box.top < viewport) return box;
    await host.frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
  }
  return host.onHostScreen(selector);
}

async function violations(host) {
  const inFrame = await host.frame.evaluate(() => window.__violations);
  const onHost = await host.page.evaluate(() => window.__violations);
  return [...inFrame, ...onHost];
}

describe('our embed.js', () => {
  test('sizes the iframe to the story and the steps follow the host page’s scrolling', async () => {
    const { page, host } = await embedded('loader');
    await host.live();
    await assertFitted(host, 'phone');
    assert.equal(await host.iframe.getAttribute('title'), '平度 story (test)');
    assert.equal(await host.iframe.getAttribute('loading'), 'lazy');
    await assertStepsFollowHost(host);
    await assertFitted(host, 'after scrolling');
    assert.deepEqual(await violations(host), []);
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('the keyboard moves between steps: the host page scrolls to each', async () => {
    const { page, host } = await embedded('loader');
    await host.live();
    await assertFitted(host, 'phone');
    // Where a reader has the first step: just above the trigger line, its card in view.
    await host.scrollHostTo(`[data-scrolly="${sequence.id}"] [data-step="0"]`, 0.58);
    const step = (n) => host.frame.locator(`[data-scrolly="${sequence.id}"] [data-step="${n}"]`);
    await host.frame.waitForFunction((id) => document.querySelector(`[data-scrolly="${id}"] [data-step="0"][data-active="true"]`), sequence.id);
    // A reader's click puts the focus on the step (and the frame): script focus() inside a
    // frame that has no focus leaves the keys with the host page in WebKit.
    await step(0).locator('.scrolly__text').click();
    for (const n of [1, 2]) {
      await page.keyboard.press('j');
      await host.frame.waitForFunction(([id, n]) => {
        const active = document.querySelector(`[data-scrolly="${id}"] [data-step][data-active="true"]`);
        return active?.dataset.step === String(n) && document.activeElement === active;
      }, [sequence.id, n]);
    }
    const box = await host.onHostScreen(`[data-scrolly="${sequence.id}"] [data-step="2"]`);
    const viewport = await page.evaluate(() => innerHeight);
    assert.ok(box.top >= 0 && box.bottom <= viewport, `the step is on the host's screen: ${box.top}–${box.bottom} of ${viewport}`);
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('follows the host’s width: a desktop window narrowed to a phone', async () => {
    const { page, host } = await embedded('loader', {}, DEVICES.desktop);
    await host.live();
    await assertFitted(host, 'desktop');
    const changedFrom = (before) => host.frame.waitForFunction(
      (before) => Math.abs(document.documentElement.getBoundingClientRect().height - before) > 50, before);
    const wide = (await host.heights()).content;
    await page.setViewportSize({ width: 390, height: 844 });
    await changedFrom(wide);
    await assertFitted(host, 'narrowed');
    const narrow = (await host.heights()).content;
    await page.setViewportSize({ width: 1280, height: 800 });
    await changedFrom(narrow);
    await assertFitted(host, 'widened again');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('in a 320 px column: fitted, nothing wider than the column', async () => {
    const { page, host } = await embedded('loader', { column: '320' }, DEVICES.desktop);
    await host.live();
    await assertFitted(host, '320 px column');
    assert.equal(Math.round(await host.iframe.evaluate((el) => el.getBoundingClientRect().width)), 320, 'the column is the portal’s');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('passes the portal’s theme and accent; ignores an accent that is not a colour', async () => {
    const { page, host } = await embedded('loader', { theme: 'dark', accent: '0a7d5a' });
    const style = () => host.frame.evaluate(() => ({
      theme: document.documentElement.dataset.theme ?? null,
      accent: getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim(),
      background: getComputedStyle(document.body).backgroundColor,
    }));
    assert.deepEqual(await style(), { theme: 'dark', accent: '#0a7d5a', background: 'rgba(0, 0, 0, 0)' });
    await host.open('loader', { accent: 'red;}body{display:none' });
    const plain = await style();
    assert.equal(plain.theme, null);
    assert.equal(plain.accent, '#b3261e', 'the story’s own accent');
    await page.close();
  });

  test('embedded, the page chrome goes and a link to the full story stays', async () => {
    const { page, host } = await embedded('loader');
    await host.live();
    const frame = host.frame;
    assert.equal(await frame.getByTestId('reading-progress').isVisible(), false);
    assert.equal(await frame.getByTestId('embed-code').isVisible(), false);
    const link = frame.getByTestId('full-story-link');
    assert.ok(await link.isVisible());
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('href'), /^https:\/\/.+\/$/, 'the story’s public address');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});

describe('a host page with a strict CSP and no \'wasm-unsafe-eval\'', () => {
  test('our embed.js still works: the story runs in its own frame, under its own policy', async () => {
    const host = await serve(root, 0, {
      headers: {
        'content-security-policy': `default-src 'self'; script-src 'self' ${run.story.url}; frame-src ${run.story.url}; style-src 'self'; img-src 'self' data:`,
      },
    });
    const page = await run.browser.open(DEVICES.phone, { preludes: ['csp-violations'] });
    const embedHost = new EmbedHost(page, host.url.replace('127.0.0.1', 'localhost'), run.story.url);
    await embedHost.open('loader');
    await embedHost.live();
    await assertFitted(embedHost, 'strict host');
    assert.deepEqual(await violations(embedHost), []);
    assert.deepEqual(await page.problems(), []);
    await page.close();
    host.close();
  });
});

describe('the real Pym.js parent', () => {
  test('sizes the iframe from our height messages and drives the steps with trackscroll', async () => {
    const { page, host } = await embedded('pym');
    await host.live();
    await assertFitted(host, 'pym');
    await assertStepsFollowHost(host);
    assert.deepEqual(await violations(host), []);
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});

describe('a bare iframe', () => {
  for (const sandbox of [null, 'allow-scripts', 'allow-scripts allow-same-origin']) {
    test(`${sandbox ? `sandbox="${sandbox}"` : 'no sandbox'}: each step is followed by its graphic, nothing sticks`, async () => {
      const { page, host } = await embedded('iframe', sandbox ? { sandbox } : {});
      await host.frame.locator(`[data-scrolly="${sequence.id}"][data-mode="stepwise"]`).waitFor({ state: 'attached' });
      const states = await host.frame.locator(`[data-scrolly="${sequence.id}"] .scrolly__step-graphic`)
        .evaluateAll((els) => els.map((el) => el.dataset.state));
      assert.deepEqual(states, sequence.steps.slice(0, -1).map((s) => s.state));
      const sticky = await host.frame.locator('.scrolly__graphic').evaluateAll((els) => els.map((el) => getComputedStyle(el).position));
      assert.ok(sticky.every((p) => p === 'static'), `no sticky graphic in a frame: ${sticky}`);
      const { content, sideways } = await host.heights();
      assert.ok(sideways <= 0, 'no sideways scrolling');
      // Hosts running Datawrapper's or AMP's resizer hear the story's height too.
      const told = await host.page.waitForFunction((content) => {
        const heights = (shape) => window.__messages.filter(shape).map((m) => m.height ?? Object.values(m['datawrapper-height'])[0]);
        const dw = heights((m) => typeof m === 'object' && m['datawrapper-height']);
        const amp = heights((m) => m?.sentinel === 'amp' && m.type === 'embed-size');
        return dw.some((h) => Math.abs(h - content) <= 2) && amp.some((h) => Math.abs(h - content) <= 2);
      }, content);
      assert.ok(told);
      assert.deepEqual(await violations(host), []);
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  }
});

describe('the embed code panel', () => {
  /** The panel, opened, and its two snippets. */
  async function openPanel(page) {
    const storyPage = new StoryPage(page, run.story.url);
    await storyPage.open();
    // Live, so that nothing above the panel (a chart redrawn for a wide column) moves it
    // between finding the summary and clicking it.
    await page.locator('html[data-story-live]').waitFor({ state: 'attached' });
    const panel = page.getByTestId('embed-code');
    await panel.locator('summary').click();
    assert.equal(await panel.evaluate((details) => /** @type {HTMLDetailsElement} */ (details).open), true, 'the panel opens');
    // The snippets as the copy buttons copy them (their text, laid out or not).
    const [script, iframe] = await panel.locator('code').allTextContents();
    return { panel, script, iframe };
  }

  test('shows the loader and iframe snippets, with a copy button each', async () => {
    const page = await run.browser.open(DEVICES.desktop);
    const { panel, script, iframe } = await openPanel(page);
    assert.match(script, /^<div data-pingdu-story data-title="[^"]+" data-src="https:\/\/[^"]+\/"><\/div>\n<script src="https:\/\/[^"]+\/embed\.js" async><\/script>$/);
    assert.match(iframe, /^<iframe src="https:\/\/[^"]+\/\?embed=1" title="[^"]+"/);
    assert.equal(await panel.getByTestId('copy-button').count(), 2);
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('copies a snippet', unless('clipboard', 'the driver cannot grant clipboard permissions'), async () => {
    const page = await run.browser.open({ ...DEVICES.desktop, permissions: { names: ['clipboard-read', 'clipboard-write'], origin: run.story.url } });
    const { panel, script } = await openPanel(page);
    await panel.getByTestId('copy-button').first().click();
    await page.waitForFunction((copied) => /** @type {HTMLElement} */ (document.querySelector('[data-testid="embed-code"]')).innerText.includes(copied), story.ui.copied);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), script);
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});

describe('hostile messages', () => {
  test('garbage, wrong shapes, huge numbers and other windows are ignored: no error, no resize', async () => {
    const { page, host } = await embedded('loader');
    await host.live();
    await assertFitted(host, 'before');
    const before = await host.heights();
    const hostViewport = () => host.frame.evaluate(() => ({
      known: document.documentElement.hasAttribute('data-host-viewport'),
      vh: document.documentElement.style.getPropertyValue('--story-vh'),
    }));
    const viewportBefore = await hostViewport();
    // Into the story, from the host page (its parent): nothing but exact Pym shapes counts.
    await page.evaluate(() => {
      const frame = /** @type {HTMLIFrameElement} */ (document.querySelector('#slot iframe'));
      const story = frame.contentWindow;
      const id = new URL(frame.src).searchParams.get('childId');
      for (const message of [
        'garbage', 42, null, { height: 5 }, ['pym', id, 'width', '1'],
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1e400 1e400 1e400 0 0 0`,
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx390 NaN 0 0 0 0`,
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx390 844 0 0 0`,
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx390 9999999999 0 0 0 0`,
        `pymxPYMxsomeone-elsexPYMxviewport-iframe-positionxPYMx390 100 0 0 0 0`,
        `pymxPYMx${id}xPYMxwidthxPYMx<img src=x onerror=alert(1)>`,
        `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`,
        { sentinel: 'amp', type: 'embed-size', height: 1 },
      ]) story.postMessage(message, '*');
    });
    // Into the host's loader, from a window that is not our iframe, in our exact shape.
    await page.evaluate(() => new Promise((resolve) => {
      const id = new URL(/** @type {HTMLIFrameElement} */ (document.querySelector('#slot iframe')).src).searchParams.get('childId');
      const rogue = document.createElement('iframe');
      rogue.srcdoc = `<script>parent.postMessage('pymxPYMx${id}xPYMxheightxPYMx5', '*');
        parent.postMessage('pymxPYMx${id}xPYMxheightxPYMx99999999999', '*');<\/script>`;
      rogue.onload = () => setTimeout(resolve, 100);
      document.body.append(rogue);
    }));
    // Let any (wrong) reaction happen: two frames in the story.
    await host.frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await host.heights();
    assert.ok(Math.abs(after.iframe - before.iframe) <= 2, `iframe ${before.iframe} → ${after.iframe}`);
    assert.deepEqual(await hostViewport(), viewportBefore, 'the story kept the host viewport it had');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});
