// Blink: Debian's Chromium driven by playwright-core (CDP). Each page is a new browser
// context: its own cache, storage and device.
import { launch } from '../browser.mjs';

export const name = 'chromium';

/** What this driver can do that the others cannot. */
export const can = { touch: true, cdp: true, clipboard: true, fullPage: true, width320: true, colorSchemeLive: true, scriptingOff: true };

/** Test scripts the server must add to every page (none: the driver hears the console). */
export const preludes = [];

export async function start() {
  const browser = await launch();
  return {
    version: browser.version(),
    async open(device) {
      const context = await browser.newContext({
        viewport: { width: device.width, height: device.height },
        deviceScaleFactor: device.scale ?? 1,
        isMobile: device.mobile ?? false,
        hasTouch: device.touch ?? false,
        reducedMotion: device.reducedMotion ? 'reduce' : 'no-preference',
        colorScheme: device.colorScheme ?? 'light',
        javaScriptEnabled: device.javaScript ?? true,
      });
      if (device.permissions) await context.grantPermissions(device.permissions.names, { origin: device.permissions.origin });
      return new ChromiumTab(context, await context.newPage());
    },
    close: () => browser.close(),
  };
}

class ChromiumTab {
  constructor(context, page) {
    this.context = context;
    this.page = page;
    this.heard = [];
    this.warned = [];
    page.on('console', (message) => {
      if (message.type() === 'error') this.heard.push(`console error: ${message.text()}`);
      if (message.type() === 'warning') this.warned.push(message.text());
    });
    page.on('pageerror', (error) => this.heard.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // ERR_ABORTED is a request cut short by the page closing or navigating, not a failure.
      const error = request.failure()?.errorText;
      if (error !== 'net::ERR_ABORTED') this.heard.push(`request failed: ${request.url()} ${error}`);
    });
  }

  async frameAt(path) {
    let frame = this.page.mainFrame();
    for (const selector of path) {
      const element = await frame.waitForSelector(selector, { state: 'attached' });
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

  async click(path, source, { tap }) {
    const element = await this.element(path, source);
    await (tap ? element.tap() : element.click());
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

  /** Chromium only: a tap at (x, y) on the screen. */
  tap(x, y) {
    return this.page.touchscreen.tap(x, y);
  }

  setViewport(size) {
    return this.page.setViewportSize(size);
  }

  screenshot(path, { fullPage }) {
    return this.page.screenshot({ path, fullPage });
  }

  /** Chromium only: the colour scheme changed under a running page. */
  emulateColorScheme(colorScheme) {
    return this.page.emulateMedia({ colorScheme });
  }

  /** Chromium only: a DevTools Protocol session on the page. */
  cdp() {
    return this.context.newCDPSession(this.page);
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
