// Time to live: from a reader's first scroll (which fetches the glue and the wasm) until
// every island runs (html[data-story-live]), on the release build at 4× CPU, phone.
import { launch, VIEWPORTS } from '../e2e/browser.mjs';
import { serve } from '../e2e/serve.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(browser, url) {
  const context = await browser.newContext(VIEWPORTS.phone);
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.documentElement.hasAttribute('data-story-live')) window.__liveAt ??= performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-story-live'] });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.locator('html[data-story-waiting]').waitFor({ state: 'attached' });
  await page.evaluate(() => { window.__firstScroll = performance.now(); scrollBy(0, 400); });
  await page.locator('html[data-story-live]').waitFor({ state: 'attached' });
  const ms = await page.evaluate(() => window.__liveAt - window.__firstScroll);
  await context.close();
  return ms;
}

/** Median milliseconds from the first scroll until live, for each page path, over `runs`. */
export async function timeToLive(dist, paths, runs) {
  const server = await serve(dist, 0, { compress: true });
  const browser = await launch();
  const result = {};
  try {
    for (const path of paths) {
      const times = [];
      for (let i = 0; i < runs; i++) times.push(await once(browser, `${server.url}/${path}`));
      result[path] = Math.round(median(times) * 10) / 10;
    }
  } finally {
    await browser.close();
    server.close();
  }
  return result;
}
