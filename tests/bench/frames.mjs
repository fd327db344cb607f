// Frames dropped while the graphics move: the release build on a phone (390 × 844 at DPR
// 3) at 4× CPU (Chrome DevTools Protocol), the story already live, scrolled 60 px a frame
// top to bottom and back three times, with motion and with `prefers-reduced-motion`.
// What the tweens cost is the difference between the two. Several builds are measured in
// alternation in one run (`compareFrames`), so the machine's noise falls on all of them.
//   node tests/bench/frames.mjs dist-a dist-b …   (median of BENCH_RUNS, 5 by default)
import { launch, VIEWPORTS } from '../e2e/browser.mjs';
import { serve } from '../e2e/serve.mjs';
import { scrollGaps } from './scroll.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One pass over a live page: the frames rendered and those dropped. */
async function once(browser, url, reducedMotion) {
  const context = await browser.newContext({ ...VIEWPORTS.phone, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('html[data-story-waiting]').waitFor({ state: 'attached' });
  await page.keyboard.press('Shift');
  await page.locator('html[data-story-live]').waitFor({ state: 'attached' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const gaps = await page.evaluate(scrollGaps);
  await context.close();
  const budget = 1000 / 60;
  const dropped = gaps.reduce((sum, gap) => sum + Math.max(0, Math.round(gap / budget) - 1), 0);
  return { frames: gaps.length + dropped, dropped };
}

/**
 * Each dist, with motion and with reduced motion, `runs` times, in alternation; the
 * median share of frames dropped for each (percent, one decimal), and the counts.
 */
export async function compareFrames(dists, runs = 5) {
  const browser = await launch();
  const servers = await Promise.all(dists.map((dist) => serve(dist)));
  const results = dists.map(() => ({ motion: [], reduced: [] }));
  for (let run = 0; run < runs; run++) {
    for (const [i, server] of servers.entries()) {
      for (const reduced of [false, true]) results[i][reduced ? 'reduced' : 'motion'].push(await once(browser, server.url, reduced));
    }
  }
  await browser.close();
  servers.forEach((server) => server.close());
  const summary = (passes) => ({
    droppedPct: Math.round(median(passes.map((p) => (100 * p.dropped) / p.frames)) * 10) / 10,
    dropped: passes.map((p) => p.dropped),
    frames: median(passes.map((p) => p.frames)),
  });
  return dists.map((dist, i) => ({ dist, motion: summary(results[i].motion), reduced: summary(results[i].reduced) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dists = process.argv.slice(2);
  if (dists.length === 0) throw new Error('usage: node tests/bench/frames.mjs dist [dist …]');
  for (const row of await compareFrames(dists, Number(process.env.BENCH_RUNS ?? 5))) console.log(JSON.stringify(row));
}
