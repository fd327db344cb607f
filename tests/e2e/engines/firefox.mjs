// Gecko: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (no
// geckodriver). Media features cannot be emulated over BiDi, so reduced motion and the colour
// scheme are browser preferences: one browser per set of them, each page a
// new browser context (its own cache and storage) in it.
import puppeteer from 'puppeteer-core';

export const name = 'firefox';

/** Touch, CDP and clipboard permissions do not exist over BiDi; full-page shots do. With
 * javascript.enabled off, BiDi's script.evaluate hangs: pages without scripting cannot be read. */
export const can = { touch: false, cdp: false, clipboard: false, fullPage: true, width320: true, colorSchemeLive: false, scriptingOff: false };

export const preludes = [];

const prefsFor = (device) => ({
  'ui.prefersReducedMotion': device.reducedMotion ? 1 : 0,
  // 0 dark, 1 light (the content's override of the system's scheme).
  'layout.css.prefers-color-scheme.content-override': device.colorScheme === 'dark' ? 0 : 1,
  // Scrollbars over the content, as on phones (and in Chromium's headless shell): classic
  // ones would take 12 px of a 320-px screen that no phone takes.
  'ui.useOverlayScrollbars': 1,
});

export async function start() {
  const browsers = new Map();
  const browserFor = async (device) => {
    const prefs = prefsFor(device);
    const key = JSON.stringify(prefs);
    if (!browsers.has(key)) {
      browsers.set(key, puppeteer.launch({
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: prefs,
      }));
    }
    return browsers.get(key);
  };
  const first = await browserFor({});
  return {
    version: await first.version(),
    async open(device) {
      const context = await (await browserFor(device)).createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: device.width, height: device.height, deviceScaleFactor: device.scale ?? 1 });
      return new FirefoxTab(context, page);
    },
    async close() {
      for (const browser of browsers.values()) await (await browser).close();
    },
  };
}

class FirefoxTab {
  constructor(context, page) {
    this.context = context;
    this.page = page;
    this.heard = [];
    this.warned = [];
    page.on('console', (message) => {
      if (message.type() === 'error') this.heard.push(`console error: ${message.text()}`);
      if (message.type() === 'warn') this.warned.push(message.text());
    });
    page.on('pageerror', (error) => this.heard.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => this.heard.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  }

  async frameAt(path) {
    let frame = this.page.mainFrame();
    for (const selector of path) {
      const element = await frame.waitForSelector(selector);
      frame = await element.contentFrame();
    }
    return frame;
  }

  async run(path, source, arg) {
    const frame = await this.frameAt(path);
    return frame.evaluate(`(${source})(${JSON.stringify(arg ?? null)})`);
  }

  async element(path, source) {
    const frame = await this.frameAt(path);
    return (await frame.evaluateHandle(`(${source})()`)).asElement();
  }

  async click(path, source) {
    await (await this.element(path, source)).click();
  }

  async screenshotElement(path, source, file) {
    await (await this.element(path, source)).screenshot({ path: file });
  }

  goto(url) {
    return this.page.goto(url);
  }

  reload() {
    return this.page.reload();
  }

  url() {
    return this.page.url();
  }

  press(key) {
    return this.page.keyboard.press(key);
  }

  async setViewport({ width, height }) {
    const scale = this.page.viewport()?.deviceScaleFactor ?? 1;
    await this.page.setViewport({ width, height, deviceScaleFactor: scale });
  }

  screenshot(path, { fullPage }) {
    return this.page.screenshot({ path, fullPage });
  }

  async problems() {
    return [...this.heard];
  }

  async warnings() {
    return [...this.warned];
  }

  close() {
    return this.context.close();
  }
}
