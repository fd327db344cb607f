// Charts in the browser: drawn as SVG, readable as a table, downloadable as CSV, and
// the industry system answers a tap and the keyboard. Screenshots of every chart at
// phone and desktop width are saved for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { DEVICES, unless } from './engines/index.mjs';
import { artifact, figures, storyFixture } from './fixture.mjs';
import { ChartFigure, StoryPage } from './story.page.mjs';

const run = storyFixture();

for (const name of ['phone', 'desktop']) {
  const options = DEVICES[name];
  test(`every chart is drawn, sized to the column and has its numbers (${name})`, async () => {
    const page = await run.browser.open(options);
    const story = new StoryPage(page, run.server.url);
    await story.open();
    for (const spec of figures.charts) {
      const chart = new ChartFigure(page, spec.id);
      // Charts are redrawn for a wide column once the page is live; wait for the final drawing.
      const expectedWidth = (options.width >= 1000) ? 'wide' : 'narrow';
      const drawing = chart.root.locator(`svg[role="img"][data-width="${expectedWidth}"]`);
      await drawing.waitFor();
      const [svgBox, figureBox] = [await drawing.boundingBox(), await chart.root.boundingBox()];
      assert.ok(svgBox && figureBox, `${spec.id} is laid out`);
      assert.ok(svgBox.width <= figureBox.width, `${spec.id} fits its figure`);
      assert.equal(await chart.table.locator('tbody tr').count(), spec.figures.length, `${spec.id} table rows`);
      await chart.root.scrollIntoViewIfNeeded();
      await chart.root.screenshot({ path: artifact(`chart-${spec.id}-${name}.png`) });
    }
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
}

// English too: its labels are the longest, and a drawing's paint stops at its box (plus a margin).
// Engines without typed attr() (Gecko, WebKit today) lay every drawing out: the CSS skips
// only where it can keep the box (styles/charts.css), and nothing may be clipped either way.
for (const name of ['phone', 'desktop']) for (const path of ['/', '/en/']) {
  const options = DEVICES[name];
  test(`a drawing off screen waits to be laid out, in the box it will fill (${name}, ${path})`, async () => {
    const page = await run.browser.open(options);
    const story = new StoryPage(page, run.server.url);
    await story.open(path);
    const expectedWidth = (options.width >= 1000) ? 'wide' : 'narrow';
    const charts = figures.charts.map((spec) => [spec.id, new ChartFigure(page, spec.id)]);
    for (const [, chart] of charts) await chart.root.locator(`svg[data-width="${expectedWidth}"]`).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    const skips = await page.evaluate(() => CSS.supports('aspect-ratio: attr(width type(<number>)) / 1'));
    const lastId = await page.evaluate(() => [...document.querySelectorAll('figure[data-chart]')].at(-1).dataset.chart);
    const far = await new ChartFigure(page, lastId).drawingGeometryWhen(!skips, 5000);
    assert.equal(far.laidOut, !skips, `the last drawing (${lastId}) is laid out at the top only where it cannot be skipped`);
    assert.ok(far.fitted || Math.abs(far.height - far.proportionalHeight) < 0.5, `the last drawing holds its height: ${JSON.stringify(far)}`);
    for (const [id, chart] of charts) {
      await chart.drawing.scrollIntoViewIfNeeded();
      const near = await chart.drawingGeometryWhen(true);
      assert.ok(near.laidOut, `${id} is laid out on screen`);
      assert.ok(near.fitted || Math.abs(near.height - near.proportionalHeight) < 0.5, `${id} keeps its proportions: ${JSON.stringify(near)}`);
      assert.ok(!near.clipped || near.reachOutside <= near.clipMargin, `${id}: no mark is clipped: ${JSON.stringify(near)}`);
    }
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
}

test('the data table opens from its toggle and its CSV file holds its rows', async () => {
  const page = await run.browser.open(DEVICES.phone);
  const story = new StoryPage(page, run.server.url);
  await story.open();
  const chart = new ChartFigure(page, 'investment-growth');
  assert.equal(await chart.table.isVisible(), false);
  await chart.tableToggle.click();
  await chart.table.waitFor({ state: 'visible' });
  const href = await chart.csvLink.getAttribute('href');
  // The file the prerenderer wrote beside the page, as a download would fetch it.
  const { type, csv } = await page.evaluate(async (href) => {
    const response = await fetch(href);
    // Decoded keeping the byte-order mark (text() would drop it).
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    return { type: response.headers.get('content-type'), csv };
  }, href);
  assert.equal(type, 'text/csv; charset=utf-8');
  assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 with BOM');
  assert.equal(csv.trim().split('\r\n').length, 1 + 9);
  assert.ok(csv.includes('343'));
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('a tier of the industry system can be picked by click and by keyboard', async () => {
  const page = await run.browser.open(DEVICES.phone);
  const story = new StoryPage(page, run.server.url);
  await story.open();
  const chart = new ChartFigure(page, 'industry-system');
  await chart.scrollToTier('future');
  await chart.tier('future').click();
  await page.waitForFunction(() => document.querySelector('figure[data-chart="industry-system"]').dataset.state === 'future');
  assert.match(await chart.root.locator('.tier-picker__items').innerText(), /人形机器人/);
  await chart.tier('emerging').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('figure[data-chart="industry-system"]').dataset.state === 'emerging');
  assert.equal(await chart.tier('emerging').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('a tier answers a tap', unless('touch', 'no touch emulation in this driver'), async () => {
  const page = await run.browser.open(DEVICES.phone);
  await new StoryPage(page, run.server.url).open();
  const chart = new ChartFigure(page, 'industry-system');
  await chart.scrollToTier('distinctive');
  await chart.tier('distinctive').tap();
  await page.waitForFunction(() => document.querySelector('figure[data-chart="industry-system"]').dataset.state === 'distinctive');
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
