// The engine the end-to-end suite runs in: E2E_ENGINE=chromium (default), firefox or
// webkit. Every test is written once against ./page.mjs; a test that an engine cannot run
// says so where it is declared, with `unless(...)`.
import { Page } from './page.mjs';
import { releaseDelays, testState } from '../serve.mjs';

const drivers = {
  chromium: () => import('./chromium.mjs'),
  firefox: () => import('./firefox.mjs'),
  webkit: () => import('./webkit.mjs'),
};
const chosen = process.env.E2E_ENGINE ?? 'chromium';
if (!drivers[chosen]) throw new Error(`E2E_ENGINE=${chosen}: use one of ${Object.keys(drivers).join(', ')}`);

/** The chosen engine's driver module: `name`, `can` (what it can do), `start()`. */
export const engine = await drivers[chosen]();

/**
 * A screen to read the story on: CSS pixels, device pixel ratio, and what it can do.
 * @typedef {{ width: number, height: number, scale?: number, mobile?: boolean, touch?: boolean, reducedMotion?: boolean }} Device
 */

/** The screens the suite reads the story on. @type {Record<'phone' | 'desktop' | 'narrow', Device>} */
export const DEVICES = {
  phone: { width: 390, height: 844, scale: 3, mobile: true, touch: true },
  desktop: { width: 1280, height: 800, scale: 1 },
  narrow: { width: 320, height: 640, scale: 1 },
};

/**
 * `{ skip: reason }` for `test()` when this engine cannot do `ability` (a key of `can`),
 * else `{}`: the reason is written where the test is, and shows in the report.
 */
export function unless(ability, reason) {
  return engine.can[ability] ? {} : { skip: `${engine.name}: ${reason}` };
}

/** Opens pages in a started engine, setting what the test servers do for each. */
export class Browser {
  constructor(started) {
    this.started = started;
    this.version = started.version;
  }

  /**
   * A new page (its own storage and cache) on `device` (one of DEVICES, or any with
   * `reducedMotion`, `colorScheme`, `javaScript: false`), with test `preludes` run before
   * the page's own scripts and server `faults` (tests/e2e/serve.mjs).
   */
  async open(device, { preludes = [], faults = [] } = {}) {
    // A test that failed left its page open: one page at a time (WebKit's driver takes one
    // session, and the servers' preludes and faults are the current page's).
    await this.current?.close();
    testState.preludes = [...engine.preludes, ...preludes];
    testState.faults = faults;
    const tab = await this.started.open(device);
    const page = new Page(tab, testState);
    const close = page.close.bind(page);
    let closed;
    page.close = () => {
      closed ??= (async () => {
        releaseDelays();
        testState.preludes = [...engine.preludes];
        testState.faults = [];
        await close().catch(() => {});
      })();
      return closed;
    };
    this.current = page;
    return page;
  }

  async close() {
    await this.current?.close();
    await this.started.close();
  }
}

export async function startBrowser() {
  return new Browser(await engine.start());
}
