// Scroll performance on a slow phone: the release build at 4× CPU throttling (Chrome
// DevTools Protocol), scrolled top to bottom and back three times, one step per frame,
// starting as a reader does, as soon as the page is up: the first scroll fetches the wasm,
// so starting it and hydrating every island happen during the scroll and count. Reports
// the longest task, tasks over 50 ms, dropped frames, the time from the first scroll until
// every island runs, and JS heap / wasm memory after the scrolls. Median of `runs`.
import { launch, VIEWPORTS } from '../e2e/browser.mjs';
import { serve } from '../e2e/serve.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(browser, url) {
  const context = await browser.newContext(VIEWPORTS.phone);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    addEventListener('story:started', (event) => { window.__wasm = /** @type {CustomEvent} */ (event).detail.wasm; });
    new MutationObserver(() => {
      if (document.documentElement.hasAttribute('data-story-live')) window.__liveAt ??= performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-story-live'] });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  await page.goto(url);
  // The loader waits for the reader (html[data-story-waiting]): from here on, every task counts.
  await page.locator('html[data-story-waiting]').waitFor({ state: 'attached' });
  await page.evaluate(() => { window.__longTasks.length = 0; window.__firstScroll = performance.now(); });
  const frames = await page.evaluate(scrollGaps);
  await page.locator('html[data-story-live]').waitFor({ state: 'attached' });
  const interactiveMs = await page.evaluate(() => window.__liveAt - window.__firstScroll);
  const budget = 1000 / 60;
  const dropped = frames.reduce((sum, gap) => sum + Math.max(0, Math.round(gap / budget) - 1), 0);
  const longTasks = await page.evaluate(() => window.__longTasks);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const wasmBytes = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? null);
  await context.close();
  return {
    interactiveMs,
    frames: frames.length,
    droppedFrames: dropped,
    longestTaskMs: Math.max(0, ...longTasks),
    tasksOver50ms: longTasks.filter((d) => d > 50).length,
    jsHeapMB: metrics.JSHeapUsedSize / 1e6,
    wasmMemoryMB: wasmBytes === null ? null : wasmBytes / 1e6,
  };
}

/**
 * In the page: scrolls 60 px a frame to the end and back, three times, and returns the
 * time between frames. The end is where the page stops moving: its height may change as
 * the reader goes (blocks rendered on approach take their real height).
 * @returns {Promise<number[]>}
 */
export async function scrollGaps() {
  const gaps = [];
  let last = performance.now();
  const frame = () => new Promise((resolve) => requestAnimationFrame((t) => { gaps.push(t - last); last = t; resolve(undefined); }));
  for (let pass = 0; pass < 3; pass++) {
    for (const direction of [1, -1]) {
      for (let before = NaN; scrollY !== before;) {
        before = scrollY;
        scrollBy(0, direction * 60);
        await frame();
      }
    }
  }
  return gaps;
}

export async function scrollBenchmark(dist, runs = 3) {
  const server = await serve(dist);
  const browser = await launch();
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(browser, server.url));
  await browser.close();
  server.close();
  const keys = Object.keys(results[0]);
  return Object.fromEntries(keys.map((k) => [k, median(results.map((r) => r[k]))]));
}
