// WebKit: WebKitGTK's MiniBrowser under Xvfb, driven by WebKitWebDriver through npm
// selenium-webdriver (classic WebDriver: no BiDi, no log endpoint). What the driver cannot
// do, the test server does (tests/e2e/serve.mjs): it injects a console collector into every
// page (preludes/problems.js) and logs every request.
//
// The device pixel ratio (GDK_SCALE) and reduced motion (gtk-enable-animations in a
// gtk-3.0/settings.ini under XDG_CONFIG_HOME) are the driver's environment, so there is one
// driver per pair of them; each page is a new WebDriver session (a new MiniBrowser: its
// own cache and storage). Every Xvfb and driver started here is killed when the tests end:
// a stale driver would hold its port and the next session would attach to it silently.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key, until } from 'selenium-webdriver';

export const name = 'webkit';

/** No touch emulation; WebDriver screenshots show the viewport only; MiniBrowser's window
 * is never narrower than 334 px (measured), so the 320-px checks cannot run here. */
export const can = { touch: false, cdp: false, clipboard: false, fullPage: false, width320: false, colorSchemeLive: false, scriptingOff: true };

export const preludes = ['problems'];

const BINARY = process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const children = new Set();
const killAll = () => {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
};
process.on('exit', killAll);

function started(command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe'], ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** A free loopback port (asked of the OS, then released for the driver to take). */
const freePort = () => new Promise((resolve, reject) => {
  const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
    probe.close(() => resolve(port));
  });
});

/** Starts Xvfb on a display it picks itself (-displayfd), big enough for DPR 3 desktops. */
async function startXvfb() {
  const xvfb = started('Xvfb', ['-displayfd', '3', '-screen', '0', '3840x2560x24', '-nolisten', 'tcp']);
  const display = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}); is the xvfb package installed?`)));
  });
  return { display, stop: () => xvfb.kill('SIGKILL') };
}

async function waitForDriver(url, child) {
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

export async function start() {
  const xvfb = await startXvfb();
  const home = await mkdtemp(join(tmpdir(), 'e2e-webkit-'));
  const drivers = new Map();
  const driverFor = (device) => {
    const key = `${device.scale ?? 1}:${!!device.reducedMotion}`;
    if (!drivers.has(key)) {
      drivers.set(key, (async () => {
        /** @type {Record<string, string | undefined>} */
        const env = { ...process.env, DISPLAY: xvfb.display, GDK_SCALE: String(device.scale ?? 1) };
        if (device.reducedMotion) {
          env.XDG_CONFIG_HOME = join(home, 'reduced-motion');
          await mkdir(join(env.XDG_CONFIG_HOME, 'gtk-3.0'), { recursive: true });
          await writeFile(join(env.XDG_CONFIG_HOME, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
        }
        const port = await freePort();
        const child = started('WebKitWebDriver', [`--port=${port}`], { env });
        const url = `http://127.0.0.1:${port}`;
        await waitForDriver(url, child);
        return { url, child, key };
      })());
    }
    return drivers.get(key);
  };
  // A new session now and then never answers (seen about once in 150: the MiniBrowser it
  // launches never reports back). That driver is then replaced, and the session asked again.
  const newSession = async (device, capabilities, tries = 2) => {
    const driver = await driverFor(device);
    try {
      return await answered('a new session', new Builder().usingServer(driver.url).withCapabilities(capabilities).build(), 20_000);
    } catch (error) {
      driver.child.kill('SIGKILL');
      drivers.delete(driver.key);
      if (tries <= 1) throw error;
      return newSession(device, capabilities, tries - 1);
    }
  };
  const session = async (device) => {
    const args = ['--automation', '--full-screen'];
    if (device.colorScheme === 'dark') args.push('--dark-mode');
    if (device.javaScript === false) args.push('--enable-javascript-markup=false');
    const driver = await newSession(device, { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: BINARY, args } });
    await driver.manage().setTimeouts({ script: 60_000 });
    if (device.width < 334) throw new Error(`WebKit here cannot be narrower than 334 px (asked ${device.width})`);
    await driver.manage().window().setRect({ width: device.width, height: device.height });
    return driver;
  };
  const probe = await session({ width: 800, height: 600 });
  const version = (await probe.getCapabilities()).get('browserVersion');
  await probe.quit();
  return {
    version: `WebKitGTK ${version}`,
    open: async (device) => new WebKitTab(await session(device)),
    async close() {
      killAll();
      xvfb.stop();
    },
  };
}

/**
 * A WebDriver command that does not answer within a minute fails (with what it was)
 * instead of hanging the run: a MiniBrowser whose web process died leaves the driver
 * waiting for ever.
 */
function answered(what, promise, ms = 60_000) {
  if (process.env.E2E_DEBUG) console.error(`webkit: ${what}`);
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`WebKit did not answer ${what} within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const KEYS = { Tab: Key.TAB, Shift: Key.SHIFT, Enter: Key.ENTER, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, End: Key.END, Home: Key.HOME, PageDown: Key.PAGE_DOWN, Escape: Key.ESCAPE, ' ': Key.SPACE };

class WebKitTab {
  constructor(driver) {
    this.driver = driver;
  }

  async enter(path) {
    await this.driver.switchTo().defaultContent();
    for (const selector of path) {
      const element = await this.driver.wait(until.elementLocated(By.css(selector)), 15_000);
      await this.driver.switchTo().frame(element);
    }
  }

  run(path, source, arg) {
    return answered('a script', (async () => {
      await this.enter(path);
      return this.driver.executeScript(`return (${source})(arguments[0])`, arg ?? null);
    })());
  }

  async element(path, source) {
    await this.enter(path);
    return this.driver.executeScript(`return (${source})()`);
  }

  click(path, source) {
    return answered('a click', (async () => (await this.element(path, source)).click())());
  }

  async screenshotElement(path, source, file) {
    const png = await (await this.element(path, source)).takeScreenshot();
    await writeFile(file, Buffer.from(png, 'base64'));
  }

  goto(url) {
    return answered(`the page ${url}`, this.driver.get(url));
  }

  reload() {
    return answered('a reload', this.driver.navigate().refresh());
  }

  url() {
    return answered('its address', this.driver.getCurrentUrl());
  }

  press(key) {
    const code = KEYS[key] ?? key;
    return answered(`the key ${key}`, this.driver.actions().keyDown(code).keyUp(code).perform());
  }

  async setViewport({ width, height }) {
    await this.driver.manage().window().setRect({ width, height });
  }

  /** The viewport only: WebDriver has no full-page screenshot. */
  async screenshot(path) {
    await this.enter([]);
    await writeFile(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }

  /** What the collector heard, in the page and in each of its frames. */
  async collected() {
    await this.enter([]);
    const read = 'return window.__e2eProblems ? window.__e2eProblems() : []';
    const found = [...(await this.driver.executeScript(read))];
    const frames = await this.driver.findElements(By.css('iframe'));
    for (const frame of frames) {
      try {
        await this.driver.switchTo().frame(frame);
        found.push(...(await this.driver.executeScript(read)));
      } catch {}
      await this.driver.switchTo().defaultContent();
    }
    return found;
  }

  async problems() {
    const found = await this.collected();
    return found.filter((p) => p.kind !== 'console warning').map((p) => `${p.kind}: ${p.text}`);
  }

  async warnings() {
    const found = await this.collected();
    return found.filter((p) => p.kind === 'console warning').map((p) => p.text);
  }

  close() {
    return answered('quitting', this.driver.quit());
  }
}
