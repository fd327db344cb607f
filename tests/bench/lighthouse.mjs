// Lighthouse (mobile preset) against a page, with simulated or devtools throttling, using
// Debian's Chromium. Returns the median of `runs` for each figure.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(url, throttlingMethod) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' }, {
      extends: 'lighthouse:default',
      settings: { throttlingMethod, onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
    });
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable').map((a) => a.id);
    return {
      performance: lhr.categories.performance.score * 100,
      accessibility: lhr.categories.accessibility.score * 100,
      bestPractices: lhr.categories['best-practices'].score * 100,
      seo: lhr.categories.seo.score * 100,
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      speedIndexMs: audit('speed-index'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      failing,
    };
  } finally {
    await chrome.kill();
  }
}

export async function lighthouseMedian(url, throttlingMethod, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(url, throttlingMethod));
  const keys = Object.keys(results[0]).filter((k) => k !== 'failing');
  /** @type {Record<string, number | string>} */
  const summary = Object.fromEntries(keys.map((k) => [k, Math.round(median(results.map((r) => r[k])) * 1000) / 1000]));
  summary.failing = [...new Set(results.flatMap((r) => r.failing))].join(' ');
  return summary;
}
