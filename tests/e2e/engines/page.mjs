// The page layer every end-to-end test is written against, the same in Chromium, Gecko
// and WebKit. A driver (chromium.mjs, firefox.mjs, webkit.mjs) supplies a few primitives —
// run a function in a frame, click or screenshot an element, press a key, resize — and
// this file builds frames, locators and condition waits on them. Functions passed to
// `evaluate` run in the page: they see only their argument (JSON), never the test's scope.

const DEFAULT_TIMEOUT = 15_000;

/** Finds the elements of a chain of `[css, index]` steps (index null: all matches). */
const RESOLVE = `(steps) => {
  let nodes = [document];
  for (const [css, index] of steps) {
    nodes = nodes.flatMap((node) => [...node.querySelectorAll(css)]);
    if (index !== null) nodes = nodes.slice(index < 0 ? nodes.length + index : index).slice(0, 1);
  }
  return nodes;
}`;

/** Visible as Playwright means it: rendered (not inside a closed <details>, say), a
 * non-empty box, and not `visibility: hidden`. */
const VISIBLE = `(el) => {
  const box = el.getBoundingClientRect();
  return el.checkVisibility({ visibilityProperty: true }) && (box.width > 0 || box.height > 0);
}`;

/** In the page: waits (each frame, or 16 ms when frames do not run) until `pred` holds. */
const waiterSource = (pred, timeout) => `async (arg) => {
  const pred = (${pred});
  const end = performance.now() + ${timeout};
  const tick = () => new Promise((resolve) => {
    const timer = setTimeout(resolve, 16);
    requestAnimationFrame(() => { clearTimeout(timer); resolve(); });
  });
  let error;
  for (;;) {
    try {
      const value = await pred(arg);
      if (value) return value;
    } catch (e) { error = e; }
    if (performance.now() > end) throw new Error('not yet' + (error ? ': ' + error.message : ''));
    await tick();
  }
}`;

/** Where in a page something runs: the top document, or an iframe found by selectors. */
export class Frame {
  constructor(driver, path = []) {
    this.driver = driver;
    this.path = path;
  }

  /** Runs `fn(arg)` in the frame and returns its (JSON) value, awaited. */
  evaluate(fn, arg) {
    return this.driver.run(this.path, String(fn), arg);
  }

  /**
   * Waits until `fn(arg)` returns something truthy in the page and returns it. A wait that
   * a navigation interrupts starts again in the new document, until `timeout`.
   * @param {Function} fn
   * @param {unknown} [arg]
   * @param {{ timeout?: number, message?: string }} [options]
   */
  async waitForFunction(fn, arg, { timeout = DEFAULT_TIMEOUT, message } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      const left = deadline - Date.now();
      try {
        return await this.driver.run(this.path, waiterSource(fn, Math.max(0, Math.min(left, 5000))), arg);
      } catch (error) {
        last = error;
      }
      if (Date.now() >= deadline) {
        throw new Error(`timed out after ${timeout} ms waiting for ${message ?? String(fn).slice(0, 160)}: ${last?.message?.split('\n')[0]}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  locator(css) {
    return new Locator(this, [[css, null]]);
  }

  getByTestId(id) {
    return this.locator(`[data-testid="${id}"]`);
  }

  /** The document inside the iframe `selector` matches (first match). */
  frame(selector) {
    return new Frame(this.driver, [...this.path, selector]);
  }
}

/** A lazy reference to elements: resolved again, in the page, at every use. */
export class Locator {
  constructor(frame, steps) {
    this.frame = frame;
    this.steps = steps;
  }

  locator(css) {
    return new Locator(this.frame, [...this.steps, [css, null]]);
  }

  getByTestId(id) {
    return this.locator(`[data-testid="${id}"]`);
  }

  nth(index) {
    const steps = this.steps.slice(0, -1);
    return new Locator(this.frame, [...steps, [this.steps.at(-1)[0], index]]);
  }

  first() {
    return this.nth(0);
  }

  last() {
    return this.nth(-1);
  }

  /** Waits for the first element, then runs `fn(element, arg)` on it in the page. */
  async evaluate(fn, arg, { timeout = DEFAULT_TIMEOUT } = {}) {
    await this.waitFor({ state: 'attached', timeout });
    return this.frame.evaluate(
      `(a) => { const el = (${RESOLVE})(a.steps)[0]; if (!el) throw new Error('gone: ' + JSON.stringify(a.steps)); return (${fn})(el, a.arg); }`,
      { steps: this.steps, arg },
    );
  }

  /** Runs `fn(elements, arg)` on every match (none is fine). */
  evaluateAll(fn, arg) {
    return this.frame.evaluate(`(a) => (${fn})((${RESOLVE})(a.steps), a.arg)`, { steps: this.steps, arg });
  }

  /** Waits until the first match is `attached`, `visible`, `hidden` or `detached`. */
  waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}) {
    return this.frame.waitForFunction(
      `(a) => {
        const el = (${RESOLVE})(a.steps)[0];
        const visible = !!el && (${VISIBLE})(el);
        return { attached: !!el, detached: !el, visible, hidden: !visible }[a.state];
      }`,
      { steps: this.steps, state },
      { timeout, message: `${JSON.stringify(this.steps)} to be ${state}` },
    );
  }

  count() {
    return this.evaluateAll((els) => els.length);
  }

  async isVisible() {
    return this.evaluateAll(`(els) => !!els[0] && (${VISIBLE})(els[0])`);
  }

  getAttribute(name) {
    return this.evaluate((el, name) => el.getAttribute(name), name);
  }

  innerText() {
    return this.evaluate((el) => el.innerText);
  }

  textContent() {
    return this.evaluate((el) => el.textContent);
  }

  allTextContents() {
    return this.evaluateAll((els) => els.map((el) => el.textContent));
  }

  allInnerTexts() {
    return this.evaluateAll((els) => els.map((el) => el.innerText));
  }

  /** The first match's box in its frame's viewport, CSS px. */
  boundingBox() {
    return this.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }

  focus() {
    return this.evaluate((el) => el.focus());
  }

  scrollIntoViewIfNeeded() {
    return this.evaluate((el) => {
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) el.scrollIntoView({ block: 'center', behavior: 'instant' });
    });
  }

  /** A real click (or, on engines with touch, a tap) on the first visible match. */
  async click({ tap = false } = {}) {
    await this.waitFor({ state: 'visible' });
    return this.frame.driver.click(this.frame.path, `() => (${RESOLVE})(${JSON.stringify(this.steps)})[0]`, { tap });
  }

  tap() {
    return this.click({ tap: true });
  }

  async screenshot({ path }) {
    await this.waitFor({ state: 'visible' });
    return this.frame.driver.screenshotElement(this.frame.path, `() => (${RESOLVE})(${JSON.stringify(this.steps)})[0]`, path);
  }
}

/** A browser tab with one story (or host) page in it, and what went wrong on it. */
export class Page extends Frame {
  constructor(driver, servers) {
    super(driver, []);
    this.keyboard = { press: (key) => driver.press(key) };
    this.servers = servers;
    this.openedAt = Date.now();
  }

  async goto(url) {
    await this.driver.goto(url);
  }

  reload() {
    return this.driver.reload();
  }

  url() {
    return this.driver.url();
  }

  /** Waits until the page's address satisfies `test(url: URL)` (checked from here: navigations end in-page waits). */
  async waitForURL(test, { timeout = DEFAULT_TIMEOUT } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const url = new URL(await this.url());
      if (test(url)) return url;
      if (Date.now() > deadline) throw new Error(`timed out waiting for the URL; it is ${url.href}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  setViewportSize(size) {
    return this.driver.setViewport(size);
  }

  screenshot({ path, fullPage = false }) {
    return this.driver.screenshot(path, { fullPage });
  }

  /**
   * Console errors, page errors and failed requests since the page opened: what the driver
   * heard, plus every answer of 400 or more from the test's servers.
   */
  async problems() {
    const heard = await this.driver.problems();
    const failed = this.servers.log
      .filter((entry) => entry.at >= this.openedAt && entry.status >= 400)
      .map((entry) => `HTTP ${entry.status}: ${entry.url}`);
    return [...heard.filter((p) => !p.startsWith('HTTP ')), ...failed];
  }

  /** Console warnings since the page opened. */
  warnings() {
    return this.driver.warnings();
  }

  /** Every URL the page asked the test's servers for since it opened. */
  requests() {
    return this.servers.log.filter((entry) => entry.at >= this.openedAt).map((entry) => entry.url);
  }

  close() {
    return this.driver.close();
  }
}
