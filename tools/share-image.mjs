// Makes assets/share.png (1200×630), the image link previews show: the story's title
// and its investment-growth chart, drawn by our own chart code in the built page.
// Run after `trunk build --release`: node tools/share-image.mjs
import { fileURLToPath } from 'node:url';

import { launch } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/serve.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const server = await serve(`${root}dist`);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.goto(`${server.url}/#investment-3`);
await page.locator('[data-scrolly="investment"][data-mode="sticky"]').waitFor();
await page.waitForFunction(() => document.querySelector('[data-chart="investment-growth"]').dataset.state === 'over-100m');
await page.evaluate(() => {
  const title = document.querySelector('.hero__title').textContent;
  const byline = document.querySelector('.hero__byline').textContent;
  const svg = document.querySelector('[data-chart="investment-growth"] svg').outerHTML;
  const chartTitle = document.querySelector('[data-chart="investment-growth"] .chart__title').textContent;
  document.body.innerHTML = `
    <div class="share">
      <div class="share__words"><p class="share__kicker">平度</p><h1>${title}</h1><p class="share__byline">${byline}</p></div>
      <figure class="share__chart chart"><h2 class="chart__title">${chartTitle}</h2><div class="chart__drawing">${svg}</div></figure>
    </div>`;
  const style = document.createElement('style');
  style.textContent = `
    body { margin: 0; background: var(--color-bg); }
    .share { box-sizing: border-box; width: 1200px; height: 630px; padding: 56px; display: grid; grid-template-columns: 1fr 1.1fr; gap: 48px; align-items: center; border-top: 12px solid var(--color-accent); }
    .share h1 { font-size: 54px; line-height: 1.3; margin: 0 0 24px; }
    .share__kicker { color: var(--color-accent); font-weight: 700; letter-spacing: .3em; font-size: 24px; margin: 0 0 12px; }
    .share__byline { color: var(--color-muted); font-size: 20px; }
    .share__chart { margin: 0; }`;
  document.head.append(style);
});
await page.screenshot({ path: `${root}assets/share.png` });
await browser.close();
server.close();
console.log('wrote assets/share.png');
